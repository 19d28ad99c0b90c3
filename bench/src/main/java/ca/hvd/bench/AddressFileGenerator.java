package ca.hvd.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a realistic civic-addresses file in the canonical layout of {@code civic-addresses@1.0.0},
 * of any size, and the truth file of the defects injected into it.
 *
 * <p>The file is the same for the same row count and seed, on any machine and JVM
 * ({@link SplittableRandom} is specified). Rows draw a municipality (with its province, census
 * subdivision, postal letter and coordinates), a French or English street name and type, and a
 * provider; some cells need quotes (commas in municipalities and providers, doubled quotes in a
 * provider) and about one row in 2,000 holds a unit written on two lines inside quotes. About 1% of
 * the rows get exactly one defect, each of which makes hvd report exactly one finding; the truth
 * file lists them as {@code line,code,field,rule,first_line} (the physical line of the row, the
 * finding code, field and rule, and for a duplicate key the line of the first occurrence).
 *
 * <p>Usage: {@code AddressFileGenerator ROWS OUT.csv TRUTH.csv [SEED]}.
 */
public final class AddressFileGenerator {

    /** The default seed. */
    public static final long SEED = 20261123L;

    /** The share of rows that get a defect. */
    static final double DEFECT_RATE = 0.01;

    static final String HEADER = "address_id,civic_number,civic_number_suffix,unit,street_name,street_type,"
            + "street_direction,municipality,province,postal_code,latitude,longitude,csd_code,provider";

    private record Place(String municipality, String province, String csd, char postalLetter, double lat, double lon,
                         boolean french, String provider) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("Montréal", "QC", "2466023", 'H', 45.50, -73.57, true, "Ville de Montréal"),
            new Place("Québec", "QC", "2423027", 'G', 46.81, -71.21, true, "Ville de Québec, Service de l'évaluation"),
            new Place("Lévis", "QC", "2425213", 'G', 46.80, -71.18, true, "Ville de Lévis"),
            new Place("Trois-Rivières", "QC", "2437067", 'G', 46.35, -72.55, true,
                    "Ministère des Ressources naturelles (\"Adresses Québec\")"),
            new Place("Saint-Jean-sur-Richelieu", "QC", "2456083", 'J', 45.31, -73.26, true, "Adresses Québec"),
            new Place("Gatineau", "QC", "2481017", 'J', 45.48, -75.70, true, "Ville de Gatineau"),
            new Place("Ottawa", "ON", "3506008", 'K', 45.42, -75.69, false, "City of Ottawa"),
            new Place("Toronto", "ON", "3520005", 'M', 43.65, -79.38, false, "City of Toronto, Geospatial Services"),
            new Place("Grand Sudbury / Greater Sudbury", "ON", "3553005", 'P', 46.49, -80.99, false, "City of Greater Sudbury"),
            new Place("Moncton", "NB", "1307022", 'E', 46.09, -64.78, false, "GeoNB"),
            new Place("Dieppe", "NB", "1307045", 'E', 46.09, -64.69, true, "GeoNB"),
            new Place("Edmundston", "NB", "1313027", 'E', 47.37, -68.33, true, "GeoNB"),
            new Place("Halifax", "NS", "1209034", 'B', 44.65, -63.57, false, "Halifax Regional Municipality"),
            new Place("Inverness, Subd. A", "NS", "1215001", 'B', 46.23, -61.31, false, "Nova Scotia Civic Address File"),
            new Place("Winnipeg", "MB", "4611040", 'R', 49.90, -97.14, false, "City of Winnipeg"),
            new Place("Saskatoon", "SK", "4711066", 'S', 52.13, -106.67, false, "City of Saskatoon"),
            new Place("Calgary", "AB", "4806016", 'T', 51.05, -114.07, false, "City of Calgary"),
            new Place("Vancouver", "BC", "5915022", 'V', 49.28, -123.12, false, "City of Vancouver"),
            new Place("Yellowknife", "NT", "6106023", 'X', 62.45, -114.37, false, "City of Yellowknife"),
            new Place("Iqaluit", "NU", "6204003", 'X', 63.75, -68.52, false, "City of Iqaluit"),
            new Place("Whitehorse", "YT", "6001009", 'Y', 60.72, -135.05, false, "City of Whitehorse"),
            new Place("St. John's", "NL", "1001519", 'A', 47.56, -52.71, false, "City of St. John's"),
            new Place("Charlottetown", "PE", "1102075", 'C', 46.24, -63.13, false, "City of Charlottetown"));

    private static final String[] FRENCH_STREETS = {"Sainte-Catherine", "Saint-Laurent", "de l'Église", "des Érables",
        "Principale", "du Fleuve", "Notre-Dame", "René-Lévesque", "Champlain", "de la Montagne", "Côte-des-Neiges",
        "Beaubien", "Laurier", "Saint-Joseph", "des Pionniers", "de la Rivière-aux-Pins", "Jean-Talon", "Frontenac"};
    private static final String[] FRENCH_TYPES = {"RUE", "RUE", "RUE", "BOUL", "CH", "AV", "CÔTE", "RANG", "MONTÉE", "PL"};
    private static final String[] ENGLISH_STREETS = {"King", "Queen", "Main", "Water", "Portage", "Jasper", "Granville",
        "Wellington", "Elgin", "Victoria", "Macleod", "Bank", "Yonge", "Bloor", "Dundas", "Barrington", "Spring Garden",
        "Archibald", "Franklin", "Frobisher", "Two Mile Hill", "O'Connor"};
    private static final String[] ENGLISH_TYPES = {"ST", "ST", "ST", "AVE", "RD", "DR", "CRES", "BLVD", "WAY", "LANE", "CRT"};
    private static final String[] DIRECTIONS = {"N", "S", "E", "W", "NE", "O"};
    /** Letters of the last five characters of a postal code: never D, F, I, O, Q or U. */
    private static final String POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

    /** The defects: each makes hvd report exactly one finding of its code, field and rule. */
    enum Defect {
        STREET_NAME_MISSING("required-missing", "street_name", ""),
        CIVIC_NUMBER_NOT_A_NUMBER("type-mismatch", "civic_number", ""),
        CIVIC_NUMBER_TOO_LARGE("out-of-range", "civic_number", ""),
        SUFFIX_TOO_LONG("length-out-of-range", "civic_number_suffix", ""),
        PROVINCE_UNKNOWN("not-in-codelist", "province", ""),
        STREET_TYPE_UNKNOWN("not-in-codelist", "street_type", ""),
        DIRECTION_UNKNOWN("not-in-codelist", "street_direction", ""),
        POSTAL_CODE_MALFORMED("pattern-mismatch", "postal_code", ""),
        POSTAL_CODE_OTHER_PROVINCE("rule-violation", "postal_code", "postal-code-in-province"),
        CSD_CODE_MALFORMED("pattern-mismatch", "csd_code", ""),
        CSD_CODE_OTHER_PROVINCE("rule-violation", "csd_code", "csd-in-province"),
        LATITUDE_OUT_OF_RANGE("out-of-range", "latitude", ""),
        LONGITUDE_DECIMAL_COMMA("type-mismatch", "longitude", ""),
        LONGITUDE_MISSING("rule-violation", "latitude", "latitude-requires-longitude"),
        MUNICIPALITY_PADDED("leading-trailing-space", "municipality", ""),
        STREET_NAME_REPLACEMENT_CHARACTER("invalid-character", "street_name", ""),
        DUPLICATE_ADDRESS_ID("duplicate-key", "address_id", "address_id");

        final String code;
        final String field;
        final String rule;

        Defect(String code, String field, String rule) {
            this.code = code;
            this.field = field;
            this.rule = rule;
        }
    }

    private AddressFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: AddressFileGenerator ROWS OUT.csv TRUTH.csv [SEED]");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0].replace("_", ""));
        long seed = args.length == 4 ? Long.parseLong(args[3]) : SEED;
        long defects = generate(rows, seed, Path.of(args[1]), Path.of(args[2]));
        System.err.printf("%s: %,d rows, %,d bytes, %,d defects%n", args[1], rows, Files.size(Path.of(args[1])), defects);
    }

    /**
     * Writes the file and its truth file.
     *
     * @return the number of defects injected
     */
    public static long generate(long rows, long seed, Path csv, Path truth) throws IOException {
        if (rows > Integer.MAX_VALUE - 2) {
            throw new IllegalArgumentException("at most " + (Integer.MAX_VALUE - 2) + " rows");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] lineOfRow = new int[(int) rows];
        BitSet duplicates = new BitSet((int) rows);
        long defects = 0;
        Row row = new Row();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16);
             PrintWriter facts = new PrintWriter(Files.newBufferedWriter(truth, StandardCharsets.UTF_8))) {
            facts.println("line,code,field,rule,first_line");
            StringBuilder text = new StringBuilder(256).append(HEADER).append('\n');
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            int line = 2;
            for (int r = 0; r < rows; r++) {
                row.fill(random, r, seed);
                Defect defect = random.nextDouble() < DEFECT_RATE
                        ? Defect.values()[random.nextInt(Defect.values().length)] : null;
                int firstLine = 0;
                if (defect == Defect.DUPLICATE_ADDRESS_ID) {
                    int original = originalBefore(r, duplicates, random);
                    if (original < 0) {
                        defect = null;
                    } else {
                        duplicates.set(r);
                        row.addressId = addressId(original, seed);
                        firstLine = lineOfRow[original];
                    }
                }
                if (defect != null) {
                    row.inject(defect, random);
                    defects++;
                    facts.append(Integer.toString(line)).append(',').append(defect.code).append(',').append(defect.field)
                            .append(',').append(defect.rule).append(',').append(firstLine == 0 ? "" : Integer.toString(firstLine))
                            .append('\n');
                }
                lineOfRow[r] = line;
                text.setLength(0);
                line += row.write(text);
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return defects;
    }

    /** An earlier row that is not itself a duplicate, whose address id a duplicate copies; -1 when there is none. */
    private static int originalBefore(int row, BitSet duplicates, SplittableRandom random) {
        for (int attempt = 0; attempt < 16 && row > 0; attempt++) {
            // mostly far back (an earlier chunk when validated in parallel), sometimes the row just before
            int candidate = random.nextInt(4) == 0 ? row - 1 : random.nextInt(row);
            if (!duplicates.get(candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    /**
     * A GUID as the National Address Register writes them (8-4-4-4-12 hexadecimal digits), distinct
     * for distinct rows: its first 64 bits are a bijective mix of the row number.
     */
    static String addressId(long row, long seed) {
        String high = hex16(mix(row ^ seed * 0x9E3779B97F4A7C15L));
        String low = hex16(mix(row + seed));
        return high.substring(0, 8) + '-' + high.substring(8, 12) + '-' + high.substring(12, 16) + '-'
                + low.substring(0, 4) + '-' + low.substring(4, 16);
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** The SplitMix64 finalizer, a bijection of 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One row's cells, in the canonical order. */
    private static final class Row {
        String addressId;
        String civicNumber;
        String suffix;
        String unit;
        String streetName;
        String streetType;
        String direction;
        String municipality;
        String province;
        String postalCode;
        String latitude;
        String longitude;
        String csd;
        String provider;
        Place place;

        void fill(SplittableRandom random, int r, long seed) {
            place = PLACES.get(random.nextInt(PLACES.size()));
            addressId = addressId(r, seed);
            civicNumber = Integer.toString(1 + random.nextInt(random.nextInt(10) == 0 ? 99_999 : 2_999));
            suffix = random.nextInt(25) == 0 ? String.valueOf((char) ('A' + random.nextInt(4))) : "";
            int unitKind = random.nextInt(2_000);
            unit = unitKind == 0 ? (place.french() ? "Bureau 200\nEntrée B" : "Suite 200\nBuilding B")
                    : unitKind < 300 ? Integer.toString(1 + random.nextInt(2_400)) : "";
            if (place.french()) {
                streetName = FRENCH_STREETS[random.nextInt(FRENCH_STREETS.length)];
                streetType = FRENCH_TYPES[random.nextInt(FRENCH_TYPES.length)];
            } else {
                streetName = ENGLISH_STREETS[random.nextInt(ENGLISH_STREETS.length)];
                streetType = ENGLISH_TYPES[random.nextInt(ENGLISH_TYPES.length)];
            }
            direction = random.nextInt(10) == 0 ? DIRECTIONS[random.nextInt(DIRECTIONS.length)] : "";
            municipality = place.municipality();
            province = place.province();
            postalCode = postalCode(place.postalLetter(), random);
            latitude = degrees(place.lat() + (random.nextDouble() - 0.5) * 0.1);
            longitude = degrees(place.lon() + (random.nextDouble() - 0.5) * 0.1);
            csd = place.csd();
            provider = place.provider();
        }

        void inject(Defect defect, SplittableRandom random) {
            switch (defect) {
                case STREET_NAME_MISSING -> streetName = "";
                case CIVIC_NUMBER_NOT_A_NUMBER -> civicNumber = civicNumber + "½";
                case CIVIC_NUMBER_TOO_LARGE -> civicNumber = Integer.toString(1_000_000 + random.nextInt(9_000_000));
                case SUFFIX_TOO_LONG -> suffix = "ARRIÈRE-COUR";
                case PROVINCE_UNKNOWN -> province = province.equals("QC") ? "PQ" : province + "X";
                case STREET_TYPE_UNKNOWN -> streetType = place.french() ? "RUELLE" : "STREET";
                case DIRECTION_UNKNOWN -> direction = place.french() ? "NORD" : "NORTH";
                case POSTAL_CODE_MALFORMED -> postalCode = random.nextBoolean()
                        ? postalCode.toLowerCase(java.util.Locale.ROOT) : postalCode.substring(0, 6);
                case POSTAL_CODE_OTHER_PROVINCE -> postalCode = (place.province().equals("ON") ? 'V' : 'K') + postalCode.substring(1);
                case CSD_CODE_MALFORMED -> csd = csd.substring(0, 6);
                case CSD_CODE_OTHER_PROVINCE -> csd = (csd.startsWith("35") ? "59" : "35") + csd.substring(2);
                case LATITUDE_OUT_OF_RANGE -> latitude = degrees(10 + random.nextDouble() * 20);
                case LONGITUDE_DECIMAL_COMMA -> longitude = longitude.replace('.', ',');
                case LONGITUDE_MISSING -> longitude = "";
                case MUNICIPALITY_PADDED -> municipality = " " + municipality;
                case STREET_NAME_REPLACEMENT_CHARACTER -> streetName = streetName.substring(0, 2) + '\uFFFD' + streetName.substring(3);
                case DUPLICATE_ADDRESS_ID -> { }
            }
        }

        /** Appends the row as CSV and returns the number of lines it takes. */
        int write(StringBuilder text) {
            int lines = 1;
            String[] cells = {addressId, civicNumber, suffix, unit, streetName, streetType, direction, municipality,
                province, postalCode, latitude, longitude, csd, provider};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                String cell = cells[i];
                if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                    text.append('"').append(cell.replace("\"", "\"\"")).append('"');
                    lines += (int) cell.chars().filter(c -> c == '\n').count();
                } else {
                    text.append(cell);
                }
            }
            text.append('\n');
            return lines;
        }

        private static String postalCode(char first, SplittableRandom random) {
            char[] code = {first, digit(random), letter(random), ' ', digit(random), letter(random), digit(random)};
            return new String(code);
        }

        private static char digit(SplittableRandom random) {
            return (char) ('0' + random.nextInt(10));
        }

        private static char letter(SplittableRandom random) {
            return POSTAL_LETTERS.charAt(random.nextInt(POSTAL_LETTERS.length()));
        }

        /** Degrees with five decimals, without the cost of {@link String#format}. */
        private static String degrees(double value) {
            long scaled = Math.round(value * 100_000);
            String sign = scaled < 0 ? "-" : "";
            long abs = Math.abs(scaled);
            String fraction = Long.toString(abs % 100_000);
            return sign + abs / 100_000 + "." + "0".repeat(5 - fraction.length()) + fraction;
        }
    }
}
