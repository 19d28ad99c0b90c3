package ca.hvd.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.check.CellValues;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.properties.StandardSpec.FieldSpec;
import ca.hvd.core.properties.StandardSpec.Type;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.JsonSchemas;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardJsonSchema;
import ca.hvd.core.standard.StandardRegistry;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compiled checks give networknt's verdict on every cell.
 *
 * <p>Each try generates a standard (one to four fields; each a string, integer, number, boolean or
 * date field, required or not, with random constraints its type allows: a pattern from a menu, a
 * code list of odd codes, {@code minLength}/{@code maxLength}, {@code minimum} or
 * {@code exclusiveMinimum} and {@code maximum} or {@code exclusiveMaximum} from integer, decimal,
 * exponent and very large literals; and random {@code dependentRequired} rules), writes it as a
 * {@code standard.json} folder and loads it through {@link StandardRegistry} as a user's standard.
 * It then generates records whose cells are biased toward the corners: numbers at, just inside
 * and just outside the bounds, written as {@code +1}, {@code 007}, {@code -0}, {@code 1.0},
 * {@code 1e3}, {@code .5}, {@code 5.}, with surrounding spaces and line breaks; texts whose length
 * in code points is at the limits, made of characters outside the BMP and combining marks; codes
 * with spaces and in another case; impossible and leap dates; empty and blank cells.
 *
 * <p>hvd validates the records as a CSV file through {@link Validator}. networknt validates each
 * record, turned into JSON by {@link RowJson}, against {@link StandardJsonSchema#of} the same
 * standard. The property compares verdicts per record, field and kind of keyword:
 *
 * <table>
 *   <caption>hvd finding codes and the JSON Schema keywords they answer to</caption>
 *   <tr><th>hvd</th><th>JSON Schema</th></tr>
 *   <tr><td>{@code required-missing}</td><td>{@code required}</td></tr>
 *   <tr><td>{@code type-mismatch} (integer, number, boolean)</td><td>{@code type}</td></tr>
 *   <tr><td>{@code type-mismatch} (date)</td><td>{@code format}</td></tr>
 *   <tr><td>{@code pattern-mismatch}</td><td>{@code pattern}</td></tr>
 *   <tr><td>{@code not-in-codelist}</td><td>{@code enum}</td></tr>
 *   <tr><td>{@code out-of-range}</td><td>{@code minimum}, {@code maximum}, {@code exclusiveMinimum},
 *       {@code exclusiveMaximum}</td></tr>
 *   <tr><td>{@code length-out-of-range}</td><td>{@code minLength}, {@code maxLength}</td></tr>
 *   <tr><td>{@code rule-violation} (of the trigger field)</td><td>{@code dependentRequired}</td></tr>
 * </table>
 *
 * <p>hvd's other findings ({@code leading-trailing-space}, {@code invalid-character},
 * {@code ragged-row}) have no JSON Schema counterpart and are not compared. Some records are ragged:
 * the cells a short record lacks are empty cells, so absent properties; cells beyond the header
 * belong to no field and are not in the JSON. A record whose cells are all empty (extra cells
 * included) is a blank row: hvd reports {@code blank-row} and checks nothing else in it, and it has
 * no JSON counterpart, so it must have no compared finding. The header always names every field:
 * a missing column is one header finding in hvd, not a verdict per record.
 *
 * <p>Patterns: {@link JsonSchemas} runs networknt with its default regular expressions, which are
 * {@code java.util.regex} like the engine's, so this property cannot see where Java's dialect
 * differs from ECMA-262's (for example {@code $} also matches before a final line terminator such
 * as U+0085); the patterns the export leaves out for reading otherwise in ECMA-262 ({@code \S})
 * are put back into the schema networknt checks.
 */
class CompiledChecksProperties {

    /** A kind of verdict, the same for hvd's finding codes and networknt's keywords. */
    enum Kind {
        REQUIRED, TYPE, FORMAT, PATTERN, ENUM, RANGE, LENGTH, DEPENDENT_REQUIRED
    }

    /** One verdict: a record (1-based), a field and the kind of keyword it fails. */
    record Verdict(long record, String field, Kind kind) {
        static final Comparator<Verdict> ORDER = Comparator.comparingLong(Verdict::record)
                .thenComparing(Verdict::field).thenComparing(Verdict::kind);
    }

    /** A standard and the records of a file to validate against it. */
    record Case(StandardSpec standard, List<List<String>> rows) {
        @Override
        public String toString() {
            return standard + "\nrows:\n" + rows.stream()
                    .map(row -> row.stream().map(cell -> "«" + CsvReadingProperties.printable(cell) + "»")
                            .collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("\n"));
        }
    }

    private static final Set<FindingCode> NOT_COMPARED = EnumSet.of(
            FindingCode.LEADING_TRAILING_SPACE, FindingCode.INVALID_CHARACTER, FindingCode.BLANK_ROW, FindingCode.RAGGED_ROW);

    @Property(tries = 200)
    void compiledChecksGiveNetworkntsVerdictOnEveryCell(@ForAll("cases") Case c) throws IOException {
        Path dir = Files.createTempDirectory("hvd-standard-");
        try {
            c.standard().writeTo(dir);
            Standard standard = StandardRegistry.builder().includeBundled(false).directory(dir).build()
                    .resolve(StandardSpec.ID);
            Path csv = dir.resolve("data.csv");
            Files.writeString(csv, csvText(standard, c.rows()), StandardCharsets.UTF_8);
            ValidationRequest request = ValidationRequest.builder(standard)
                    .dataset(DatasetInput.of(csv))
                    .source(new SourceOptions(StandardCharsets.UTF_8, ',', 1))
                    .exampleLimit(Integer.MAX_VALUE)
                    .build();
            DatasetReport report = Validator.validate(request).datasets().get(0);

            assertThat(report.records()).isEqualTo(c.rows().size());
            Set<Verdict> verdicts = hvdVerdicts(standard, report);
            assertThat(verdicts).isEqualTo(networkntVerdicts(standard, c.rows()));
            verdicts.stream().map(Verdict::kind).distinct().forEach(kind -> Statistics.label("kinds").collect(kind));
        } finally {
            deleteTree(dir);
        }
        Statistics.label("kinds").coverage(checker -> {
            for (Kind kind : Kind.values()) {
                checker.check(kind).count(tries -> tries > 0);
            }
        });
    }

    private static Set<Verdict> hvdVerdicts(Standard standard, DatasetReport report) {
        Set<Verdict> verdicts = new TreeSet<>(Verdict.ORDER);
        for (FindingGroup group : report.findings()) {
            FindingCode code = group.key().code();
            if (NOT_COMPARED.contains(code)) {
                continue;
            }
            assertThat(group.count()).as("every finding is kept as an example").isEqualTo(group.examples().size());
            String field = group.key().field();
            Kind kind = switch (code) {
                case REQUIRED_MISSING -> Kind.REQUIRED;
                case TYPE_MISMATCH -> standard.field(field).orElseThrow().type() == FieldType.DATE ? Kind.FORMAT : Kind.TYPE;
                case PATTERN_MISMATCH -> Kind.PATTERN;
                case NOT_IN_CODELIST -> Kind.ENUM;
                case OUT_OF_RANGE -> Kind.RANGE;
                case LENGTH_OUT_OF_RANGE -> Kind.LENGTH;
                case RULE_VIOLATION -> Kind.DEPENDENT_REQUIRED;
                default -> throw new AssertionError("a well-formed file with its exact header has no " + code.id() + " finding: " + group);
            };
            for (Example example : group.examples()) {
                verdicts.add(new Verdict(example.record(), field, kind));
            }
        }
        return verdicts;
    }

    private static Set<Verdict> networkntVerdicts(Standard standard, List<List<String>> rows) {
        // the export leaves out the patterns ECMA-262 reads otherwise (\S); networknt reads them here
        // as java.util.regex does, whose white space is RE2's, so they are put back to be compared
        ObjectNode json = StandardJsonSchema.of(standard);
        for (Field field : standard.fields()) {
            if (field.constraints().pattern() != null && json.path("properties").path(field.name()) instanceof ObjectNode object
                    && !object.has("pattern")) {
                object.put("pattern", field.constraints().pattern());
            }
        }
        Schema schema = JsonSchemas.compile("urn:hvd:test:random", json);
        Set<Verdict> verdicts = new TreeSet<>(Verdict.ORDER);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> CellValues.trim(cell).isEmpty())) {
                continue;
            }
            for (Error error : JsonSchemas.validate(schema, RowJson.of(standard, row))) {
                String keyword = error.getKeyword();
                Kind kind = switch (keyword) {
                    case "required" -> Kind.REQUIRED;
                    case "type" -> Kind.TYPE;
                    case "format" -> Kind.FORMAT;
                    case "pattern" -> Kind.PATTERN;
                    case "enum" -> Kind.ENUM;
                    case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> Kind.RANGE;
                    case "minLength", "maxLength" -> Kind.LENGTH;
                    case "dependentRequired" -> Kind.DEPENDENT_REQUIRED;
                    default -> throw new AssertionError("unexpected keyword " + keyword + ": " + error);
                };
                String field = kind == Kind.REQUIRED || kind == Kind.DEPENDENT_REQUIRED
                        ? error.getProperty()
                        : error.getInstanceLocation().toString().substring(1);
                verdicts.add(new Verdict(r + 1, field, kind));
            }
        }
        return verdicts;
    }

    /** The file: the header names the fields in order; every cell is quoted; CRLF ends records. */
    private static String csvText(Standard standard, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        text.append(standard.fields().stream().map(Field::name).collect(Collectors.joining(","))).append("\r\n");
        for (List<String> row : rows) {
            text.append(row.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return text.toString();
    }

    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    // ---- standards -----------------------------------------------------------------------------

    private static final List<String> PATTERNS = List.of(
            "^[A-Z]{2}$", "[0-9]", "^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$", "^.{1,3}$", "é", "^\\p{L}+$",
            "^(a|ab)c?$", "\\d$", "^\\S+$", "^[^,]*$");

    private static final List<String> CODES = List.of(
            "A", "B", "a", "AB", "01", "1", "é", "e\u0301", "\uD83D\uDE00", "x y", "a,b", "\"q\"", "Ω", "10", "NS", "ns");

    private static final List<String> BOUNDS = List.of(
            "-5", "-1", "0", "1", "2", "3", "10", "100", "-0.5", "0.1", "1.5", "2.25", "1e2", "1E1", "-1.0",
            "12345678901234567890", "0.3333333333333333");

    @Provide
    Arbitrary<Case> cases() {
        return standards().flatMap(spec -> rows(spec).map(rows -> new Case(spec, rows)));
    }

    private static Arbitrary<StandardSpec> standards() {
        return Arbitraries.integers().between(1, 4).flatMap(count -> {
            List<Arbitrary<FieldSpec>> fields = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                fields.add(field("f" + i));
            }
            return Combinators.combine(fields).as(list -> list).flatMap(list -> dependentRequired(list)
                    .map(rules -> new StandardSpec(list, rules)));
        });
    }

    private static Arbitrary<FieldSpec> field(String name) {
        Arbitrary<Boolean> required = Arbitraries.of(true, false);
        Arbitrary<String> pattern = Arbitraries.of(PATTERNS).injectNull(0.6);
        Arbitrary<List<String>> codes = Arbitraries.subsetOf(CODES).ofMinSize(1).ofMaxSize(5)
                .map(set -> List.copyOf(new TreeSet<>(set))).injectNull(0.6);
        Arbitrary<List<Integer>> lengths = Arbitraries.integers().between(0, 4).list().ofSize(2).map(l -> l.stream().sorted().toList());
        Arbitrary<Integer> lengthShape = Arbitraries.integers().between(0, 3);
        Arbitrary<List<String>> bounds = Arbitraries.of(BOUNDS).list().ofSize(2)
                .map(l -> l.stream().sorted(Comparator.comparing(BigDecimal::new)).toList());
        Arbitrary<Integer> rangeShape = Arbitraries.integers().between(0, 3);
        Arbitrary<List<Boolean>> exclusive = Arbitraries.of(true, false).list().ofSize(2);
        return Arbitraries.of(Type.class).flatMap(type -> Combinators.combine(required, pattern, codes, lengths, lengthShape,
                bounds, rangeShape, exclusive).as((req, pat, cod, len, ls, bnd, rs, exc) -> {
                    boolean text = type == Type.STRING;
                    boolean numeric = type == Type.INTEGER || type == Type.NUMBER;
                    return new FieldSpec(name, type, req,
                            text ? pat : null,
                            numeric && (rs & 1) != 0 ? bnd.get(0) : null, exc.get(0),
                            numeric && (rs & 2) != 0 ? bnd.get(1) : null, exc.get(1),
                            text && (ls & 1) != 0 ? len.get(0) : null,
                            text && (ls & 2) != 0 ? len.get(1) : null,
                            text ? cod : null);
                }));
    }

    private static Arbitrary<Map<String, List<String>>> dependentRequired(List<FieldSpec> fields) {
        List<String> names = fields.stream().map(FieldSpec::name).toList();
        if (names.size() < 2) {
            return Arbitraries.just(Map.of());
        }
        List<Arbitrary<List<String>>> perField = new ArrayList<>();
        for (String name : names) {
            List<String> others = names.stream().filter(n -> !n.equals(name)).toList();
            perField.add(Arbitraries.subsetOf(others).ofMinSize(1).map(set -> others.stream().filter(set::contains).toList())
                    .injectNull(0.75));
        }
        return Combinators.combine(perField).as(rules -> {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (rules.get(i) != null) {
                    map.put(names.get(i), rules.get(i));
                }
            }
            return map;
        });
    }

    // ---- records -------------------------------------------------------------------------------

    /** Records of one cell per field; now and then one that is short of cells or has one too many. */
    private static Arbitrary<List<List<String>>> rows(StandardSpec spec) {
        List<Arbitrary<String>> cells = spec.fields().stream().map(CompiledChecksProperties::cell).toList();
        Arbitrary<List<String>> full = Combinators.combine(cells).as(List::copyOf);
        Arbitrary<List<String>> ragged = Combinators.combine(full, Arbitraries.integers().between(0, 5), Arbitraries.of("", "extra"))
                .as((row, width, extra) -> {
                    List<String> changed = new ArrayList<>(row.subList(0, Math.max(1, Math.min(width, row.size()))));
                    if (width == 5) {
                        changed = new ArrayList<>(row);
                        changed.add(extra);
                    }
                    return List.copyOf(changed);
                });
        return Arbitraries.frequencyOf(Tuple.of(7, full), Tuple.of(1, ragged)).list().ofMinSize(1).ofMaxSize(12);
    }

    private static final List<String> SPACES = List.of(" ", "  ", "\t", "\u00A0", "\u3000", "\u2007", "\n", "\r\n");

    /** A cell: mostly a corner of the field's constraints, sometimes noise, sometimes empty or padded. */
    private static Arbitrary<String> cell(FieldSpec field) {
        Arbitrary<String> corner = Arbitraries.of(corners(field));
        Arbitrary<String> noise = Arbitraries.of(TEXT_PIECES).list().ofMaxSize(5).map(l -> String.join("", l));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(8, corner),
                Tuple.of(2, noise),
                Tuple.of(1, Arbitraries.of("", " ", "\u00A0")));
        Arbitrary<String> padded = Combinators.combine(Arbitraries.of(SPACES), value, Arbitraries.of(SPACES))
                .as((before, v, after) -> before + v + after);
        return Arbitraries.frequencyOf(Tuple.of(5, value), Tuple.of(1, padded));
    }

    private static final List<String> TEXT_PIECES = List.of(
            "a", "Z", "x", "1", "9", "-", "+", ".", "e", " ", "é", "e\u0301", "中", "\uD83D\uDE00", "\uD835\uDD38", ",", "\"",
            "\n", "Ω", "ß", "\u00A0");

    /** The values worth trying for a field: its boundaries written every way, and typical mistakes. */
    static List<String> corners(FieldSpec field) {
        List<String> values = new ArrayList<>();
        switch (field.type()) {
            case INTEGER -> {
                List<BigDecimal> near = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(-1)));
                for (BigDecimal bound : bounds(field)) {
                    BigDecimal floor = bound.setScale(0, RoundingMode.FLOOR);
                    BigDecimal ceiling = bound.setScale(0, RoundingMode.CEILING);
                    near.addAll(List.of(floor, ceiling, floor.subtract(BigDecimal.ONE), ceiling.add(BigDecimal.ONE)));
                }
                for (BigDecimal n : near) {
                    String v = n.toPlainString();
                    values.addAll(List.of(v, v, v, signed(v), leadingZero(v), v + ".0", v + "e0", v + "."));
                }
                values.addAll(List.of("-0", "+0", "1e3", "1.5", "abc", "\u0661\u0662", "1,000", "1 000", "0x1F",
                        "12345678901234567890123", "-", "+", "--1", "1-", "١"));
            }
            case NUMBER -> {
                List<BigDecimal> near = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE));
                for (BigDecimal bound : bounds(field)) {
                    near.addAll(List.of(bound, bound.subtract(new BigDecimal("0.01")), bound.add(new BigDecimal("0.01")),
                            bound.subtract(BigDecimal.ONE), bound.add(BigDecimal.ONE)));
                }
                for (BigDecimal n : near) {
                    values.addAll(List.of(n.toPlainString(), n.toPlainString(), n.toString(), n.toEngineeringString(),
                            signed(n.toPlainString()), n.toPlainString() + "0", n.scaleByPowerOfTen(-2).toPlainString() + "e2"));
                }
                if (field.minimum() != null) {
                    values.add(field.minimum());
                }
                if (field.maximum() != null) {
                    values.add(field.maximum());
                }
                values.addAll(List.of(".5", "5.", "-0", "+1", "1e", "e5", "1.2.3", "NaN", "Infinity", "-Infinity",
                        "1e999999999", "-1e999999999", "1e-999999999", "1e1234567890", "0.1e1", "1,5", "1E+2", "."));
            }
            case BOOLEAN -> values.addAll(List.of("true", "false", "TRUE", "False", "tRuE", "yes", "1", "0", "t", "truee", "vrai"));
            case DATE -> values.addAll(List.of(
                    "2020-02-29", "2019-02-29", "2021-04-31", "2021-04-30", "2020-13-01", "2020-00-10", "2020-01-00",
                    "2020-1-01", "20200-01-01", "0000-01-01", "9999-12-31", "1900-02-29", "2000-02-29", "2020-01-01T00:00",
                    "2020/01/01", "2020-01-32", "\uFF12\uFF10\uFF12\uFF10-01-01", "+2020-01-01", "-2020-01-01", "2020-12-31",
                    "1999-11-30", "2020-01-1"));
            case STRING -> {
                values.addAll(List.of("AB", "ab", "A1B 2C3", "a1b2c3", "é", "e\u0301", "\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00",
                        "abc", "a\nb", "12", "x9", "ac", "abcd", "中文", "a,b", "Ωmega"));
                if (field.codes() != null) {
                    for (String code : field.codes()) {
                        values.addAll(List.of(code, code, code, code.toLowerCase(Locale.ROOT), code.toUpperCase(Locale.ROOT),
                                code + "\u0301"));
                    }
                }
                List<Integer> lengths = new ArrayList<>(List.of(0, 1, 2, 3));
                for (Integer limit : Arrays.asList(field.minLength(), field.maxLength())) {
                    if (limit != null) {
                        lengths.addAll(List.of(Math.max(0, limit - 1), limit, limit + 1));
                    }
                }
                String[] units = {"a", "\uD83D\uDE00", "e\u0301", "中", "Z", " "};
                for (int length : lengths) {
                    for (int u = 0; u < units.length; u++) {
                        StringBuilder text = new StringBuilder();
                        int points = 0;
                        for (int k = 0; points < length; k++) {
                            String unit = units[(u + k) % units.length];
                            if (points + unit.codePointCount(0, unit.length()) > length) {
                                unit = "b";
                            }
                            text.append(unit);
                            points += unit.codePointCount(0, unit.length());
                        }
                        values.add(text.toString());
                    }
                }
            }
        }
        return values;
    }

    private static List<BigDecimal> bounds(FieldSpec field) {
        List<BigDecimal> bounds = new ArrayList<>();
        if (field.lower() != null) {
            bounds.add(field.lower());
        }
        if (field.upper() != null) {
            bounds.add(field.upper());
        }
        return bounds;
    }

    private static String signed(String v) {
        return v.startsWith("-") ? v : "+" + v;
    }

    private static String leadingZero(String v) {
        return v.startsWith("-") ? "-0" + v.substring(1) : "0" + v;
    }
}
