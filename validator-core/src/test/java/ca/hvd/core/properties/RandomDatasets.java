package ca.hvd.core.properties;

import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.Code;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Standard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random CSV files for a standard, well formed unless asked otherwise: a header naming a random
 * subset of the fields by name or alias in a random order (perhaps with an extra or a repeated
 * column, perhaps under a title line), then records of good and bad values for each column: codes,
 * examples, out-of-range and ill-typed numbers, too long texts, values with spaces, line breaks,
 * quotes and U+FFFD, empty cells, blank and ragged records. The delimiter and line ending are drawn
 * from hvd's candidates.
 *
 * <p>Choices are small integers interpreted against the standard, so that jqwik shrinks a failing
 * file toward fewer records, canonical columns and the first value of each pool.
 */
final class RandomDatasets {

    private RandomDatasets() {
    }

    /** A file's shape, interpreted by {@link #text}. */
    record Plan(char delimiter, String ending, boolean preamble, List<Integer> columns, boolean extraColumn,
                boolean repeatedColumn, List<List<Integer>> records, boolean unclosedQuote) {
    }

    /** Plans of well-formed files (no unclosed quote). */
    static Arbitrary<Plan> wellFormed() {
        return plans(Arbitraries.just(false));
    }

    /** Plans of files that may end inside a quoted field. */
    static Arbitrary<Plan> perhapsMalformed() {
        return plans(Arbitraries.of(false, false, false, true));
    }

    private static Arbitrary<Plan> plans(Arbitrary<Boolean> unclosed) {
        Arbitrary<Character> delimiters = Arbitraries.of(',', ';', '\t', '|');
        Arbitrary<String> endings = Arbitraries.of("\r\n", "\n", "\r");
        Arbitrary<Boolean> rarely = Arbitraries.of(false, false, false, true);
        Arbitrary<List<Integer>> columns = Arbitraries.integers().between(0, 99).list().ofSize(20);
        Arbitrary<List<List<Integer>>> records = Arbitraries.integers().between(0, 99).list().ofSize(21).list().ofMaxSize(30);
        return Combinators.combine(delimiters, endings, rarely, columns, rarely, rarely, records, unclosed).as(Plan::new);
    }

    /** The text of a planned file for a standard. */
    static String text(Standard standard, Plan plan) {
        List<Field> fields = standard.fields();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (plan.columns().get(i % plan.columns().size()) >= 8) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> plan.columns().get(i % plan.columns().size()) / 25));
        List<String> header = new ArrayList<>();
        List<List<String>> pools = new ArrayList<>();
        for (int i : order) {
            Field field = fields.get(i);
            int choice = plan.columns().get(i % plan.columns().size());
            List<String> names = new ArrayList<>();
            names.add(field.name());
            names.addAll(field.aliases().all());
            header.add(choice % 5 == 0 ? names.get(choice % names.size()) : field.name());
            pools.add(values(standard, field));
        }
        if (plan.repeatedColumn() && !order.isEmpty()) {
            header.add(fields.get(order.get(0)).name());
            pools.add(values(standard, fields.get(order.get(0))));
        }
        if (plan.extraColumn()) {
            header.add("notes");
            pools.add(List.of("", "see annex", "n/a"));
        }
        if (header.isEmpty()) {
            header.add(fields.get(0).name());
            pools.add(values(standard, fields.get(0)));
        }

        StringBuilder text = new StringBuilder();
        String ending = plan.ending();
        if (plan.preamble()) {
            text.append("Extract of ").append(standard.title().en()).append(ending);
        }
        line(text, header, plan.delimiter(), ending);
        for (List<Integer> record : plan.records()) {
            int kind = record.get(record.size() - 1);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < pools.size(); c++) {
                List<String> pool = pools.get(c);
                cells.add(pool.get(record.get(c % (record.size() - 1)) % pool.size()));
            }
            if (kind >= 95) {
                text.append(ending);
                continue;
            } else if (kind >= 90) {
                cells.replaceAll(cell -> "");
            } else if (kind >= 85 && cells.size() > 1) {
                cells.remove(cells.size() - 1);
            } else if (kind >= 80) {
                cells.add("surplus");
            }
            line(text, cells, plan.delimiter(), ending);
        }
        if (plan.unclosedQuote()) {
            text.append('"').append(pools.get(0).get(0)).append(ending).append("never closed");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, char delimiter, String ending) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                text.append(delimiter);
            }
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\r") || cell.contains("\n");
            text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
            text.append("\"\"");
        }
        text.append(ending);
    }

    /** Good and bad values for a field, the simplest first. */
    static List<String> values(Standard standard, Field field) {
        List<String> values = new ArrayList<>();
        if (field.example() != null) {
            values.add(field.example());
        }
        CodeList codes = standard.codeListOf(field).orElse(null);
        if (codes != null) {
            codes.entries().stream().limit(5).map(Code::code).forEach(values::add);
            values.add(codes.entries().get(0).code().toLowerCase(Locale.ROOT));
        }
        switch (field.type()) {
            case INTEGER -> values.addAll(List.of("0", "1", "-1", "2019", "1899", "2101", "1.5", "abc", "+7", " 42 ", "999999", "1000000"));
            case NUMBER -> values.addAll(List.of("45.5", "-75.7", "0", "1e2", "abc", "-141.1", "83.2", "83.21", "41.6", " 44.0 "));
            case BOOLEAN -> values.addAll(List.of("true", "FALSE", "yes"));
            case DATE -> values.addAll(List.of("2020-02-29", "2019-02-29", "2020-1-1"));
            case STRING -> {
                values.addAll(List.of("x", "OLIVIA", "É", "K1A 0B1", "k1a0b1", "1234567", "12345", "\uD83D\uDE00", "a,b;c|d\te",
                        "\"quoted\"", "line\nbreak", "cr\r\nlf", " padded ", "bad\uFFFDbyte"));
                Integer max = field.constraints().maxLength();
                if (max != null) {
                    values.add("y".repeat(max + 1));
                }
            }
        }
        values.add("");
        values.add(" ");
        return values;
    }
}
