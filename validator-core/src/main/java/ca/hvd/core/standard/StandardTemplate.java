package ca.hvd.core.standard;

import ca.hvd.core.CsvCells;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CSV file to start a dataset from: the header a standard asks for and one row made of its fields'
 * examples ({@code hvd.example}). In a profile's layout, the header is the publisher's: each field
 * under the first of its profile's column names, a wide layout's key as one spread column (its
 * example as the header, the value field's example as the cell) followed by the total column, and
 * the column a filter keeps records by; constant, absent and ignored columns are left out, and
 * parameters are listed to be given with {@code --set}. Fields that read the same column (a civic
 * number and its suffix) write their examples one after the other in it ({@code 43A}); a value a
 * profile translates is written as the publisher writes it when the profile says how ({@code Girl}
 * for {@code F}, {@code Nova Scotia} for {@code NS}). The examples describe one consistent record;
 * when a profile fixes a field to another value (Québec's province), an optional field that a rule
 * ties to it (the postal code's first letter) is left empty rather than contradict it.
 *
 * <p>The template of every bundled standard and profile validates without findings (a test holds
 * it, and {@code hvd standards lint} checks it for any standard).
 *
 * @param profile    the profile's name, or {@code null} for the standard's own layout
 * @param delimiter  the field delimiter: the profile's, else a comma
 * @param preamble   the lines above the header the profile's {@code headerLine} asks for
 * @param header     the column names
 * @param row        the example row, one value per column
 * @param parameters per field the profile needs with {@code --set FIELD=VALUE}, its example
 */
public record StandardTemplate(String profile, char delimiter, List<String> preamble, List<String> header, List<String> row,
                               Map<String, String> parameters) {

    public StandardTemplate {
        preamble = List.copyOf(preamble);
        header = List.copyOf(header);
        row = List.copyOf(row);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (header.size() != row.size()) {
            throw new IllegalArgumentException("the row has " + row.size() + " values for " + header.size() + " columns");
        }
    }

    /** The template of a standard in its own layout: its field names and their examples. */
    public static StandardTemplate of(Standard standard) {
        return of(standard, null);
    }

    /**
     * The template of a standard in a profile's layout.
     *
     * @param profile one of the standard's profiles, or {@code null} for the standard's own layout
     */
    public static StandardTemplate of(Standard standard, Profile profile) {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (profile == null) {
            standard.fields().forEach(field -> columns.put(field.name(), example(field)));
            return new StandardTemplate(null, ',', List.of(), List.copyOf(columns.keySet()), List.copyOf(columns.values()), parameters);
        }
        Profile.Wide wide = profile.wide();
        Map<String, List<String>> fieldsOfColumn = new LinkedHashMap<>();
        for (Field field : standard.fields()) {
            if (wide != null && (field.name().equals(wide.key()) || field.name().equals(wide.value()))) {
                continue;
            }
            FieldSource source = profile.fields().get(field.name());
            if (source == null) {
                columns.merge(field.name(), example(field), String::concat);
            } else if (source instanceof FieldSource.Parameter) {
                parameters.put(field.name(), example(field));
            } else if (source instanceof FieldSource.Column column) {
                columns.merge(column.names().get(0), published(standard, field, column), String::concat);
                fieldsOfColumn.computeIfAbsent(column.names().get(0), c -> new ArrayList<>()).add(field.name());
            }
        }
        for (String field : contradicted(standard, profile)) {
            fieldsOfColumn.forEach((column, fields) -> {
                if (fields.equals(List.of(field))) {
                    columns.put(column, "");
                }
            });
            if (!profile.fields().containsKey(field) && columns.containsKey(field)) {
                columns.put(field, "");
            }
        }
        if (wide != null) {
            String value = standard.field(wide.value()).map(StandardTemplate::example).orElse("");
            columns.put(standard.field(wide.key()).map(StandardTemplate::example).orElse(""), value);
            if (!wide.total().isEmpty()) {
                columns.put(wide.total().get(0), value);
            }
        }
        if (profile.filter() != null) {
            columns.put(profile.filter().column().get(0), profile.filter().keep().get(0));
        }
        Character delimiter = profile.source().delimiter();
        Integer headerLine = profile.source().headerLine();
        List<String> preamble = new ArrayList<>();
        for (int line = 1; headerLine != null && line < headerLine; line++) {
            preamble.add(line == 1 ? profile.title().en() : "");
        }
        return new StandardTemplate(profile.name(), delimiter == null ? ',' : delimiter, preamble,
                List.copyOf(columns.keySet()), List.copyOf(columns.values()), parameters);
    }

    /**
     * The optional fields a prefix rule ties to a field the profile fixes to a value other than its
     * example: their examples would contradict it.
     */
    private static List<String> contradicted(Standard standard, Profile profile) {
        List<String> fixed = new ArrayList<>();
        profile.fields().forEach((name, source) -> {
            if (source instanceof FieldSource.Constant constant
                    && !constant.value().equals(standard.field(name).map(StandardTemplate::example).orElse(""))) {
                fixed.add(name);
            }
        });
        List<String> contradicted = new ArrayList<>();
        for (Rule rule : standard.rules()) {
            if (rule instanceof Rule.Prefix prefix) {
                if (fixed.contains(prefix.of())) {
                    contradicted.add(prefix.field());
                }
                if (fixed.contains(prefix.field())) {
                    contradicted.add(prefix.of());
                }
            }
        }
        return contradicted.stream().filter(name -> standard.field(name).map(f -> !f.required()).orElse(false)).toList();
    }

    private static String example(Field field) {
        return field.example() == null ? "" : field.example();
    }

    /**
     * A field's example as the publisher writes it: the first (in sorted order) of the profile's own
     * translations to it, else the code list label or attribute it is translated by, else itself.
     */
    private static String published(Standard standard, Field field, FieldSource.Column column) {
        String example = example(field);
        FieldSource.Translate translate = column.translate();
        if (translate == null || example.isEmpty()) {
            return example;
        }
        String mapped = translate.map().entrySet().stream()
                .filter(entry -> entry.getValue().equals(example))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(null);
        if (mapped != null) {
            return mapped;
        }
        CodeList list = translate.codeList() == null ? null : standard.codeLists().get(translate.codeList());
        if (list == null) {
            return example;
        }
        return list.find(example).map(code -> switch (translate.by()) {
            case "label_en" -> code.label().en();
            case "label_fr" -> code.label().fr();
            default -> code.attributes().getOrDefault(translate.by(), example);
        }).filter(value -> !value.isBlank()).orElse(example);
    }

    /**
     * The file's text: the preamble, the header and the row, each line ended by a line feed, quoted
     * as RFC 4180 needs; the cells as the standard and profile give them, so that the row validates
     * (what {@code hvd standards lint} checks).
     */
    public String csv() {
        return text(false);
    }

    /**
     * {@link #csv()} for people to open: a cell a spreadsheet would run as a formula (from a standard
     * anyone can write) is written as text ({@link CsvCells}). What {@code hvd template} writes.
     */
    public String spreadsheetSafeCsv() {
        return text(true);
    }

    private String text(boolean neutralise) {
        StringBuilder text = new StringBuilder();
        preamble.forEach(line -> text.append(quote(line, neutralise)).append('\n'));
        line(text, header, neutralise);
        line(text, row, neutralise);
        return text.toString();
    }

    private void line(StringBuilder text, List<String> cells, boolean neutralise) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(delimiter);
            }
            text.append(quote(cells.get(i), neutralise));
        }
        text.append('\n');
    }

    private String quote(String cell, boolean neutralise) {
        Objects.requireNonNull(cell, "cell");
        String text = neutralise ? CsvCells.neutralize(cell) : cell;
        boolean quoted = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
