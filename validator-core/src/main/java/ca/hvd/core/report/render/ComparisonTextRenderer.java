package ca.hvd.core.report.render;

import static ca.hvd.core.report.render.ComparisonTables.f;

import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparedDataset;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FieldComparison;
import ca.hvd.core.report.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison for a terminal: the datasets, then per dimension its verdict, its reason and its
 * figures, then each field per dataset, and the result. Lines fit {@value TextRenderer#WIDTH}
 * columns (a table too wide for them is written one dataset per line instead); a measure shows at
 * most {@value #GROUPS} groups. Values from the data have control characters escaped. Verdicts are
 * coloured when {@link RenderOptions#colour()} allows.
 */
final class ComparisonTextRenderer implements ComparisonRenderer {

    /** The most groups of a measure listed. */
    static final int GROUPS = 120;

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = ComparisonMessages.of(options.language());
        boolean colour = options.colour();
        for (String line : TextRenderer.wrap(ComparisonTables.heading(m, report), "")) {
            line(out, paint(colour, BOLD, line));
        }
        out.write('\n');
        line(out, paint(colour, BOLD, f(m, "compare.section.datasets")));
        for (ComparedDataset dataset : report.datasets()) {
            line(out, "  " + Escape.controls(dataset.label()) + "  " + Escape.controls(dataset.conformance().source()));
            String facts = Escape.controls(ComparisonTables.layout(m, dataset)) + " · "
                    + f(m, "compare.rows", dataset.rows()) + " · " + ComparisonTables.conformance(m, dataset);
            for (String line : TextRenderer.wrap(facts, "      ")) {
                line(out, line);
            }
        }
        out.write('\n');
        line(out, paint(colour, BOLD, f(m, "compare.section.dimensions")));
        if (report.dimensions().isEmpty()) {
            for (String line : TextRenderer.wrap(f(m, "compare.no-dimensions"), "  ")) {
                line(out, line);
            }
        }
        for (DimensionResult result : report.dimensions()) {
            dimension(m, report, result, colour, out);
        }
        out.write('\n');
        line(out, paint(colour, BOLD, f(m, "compare.section.fields")));
        for (FieldComparison field : report.fields()) {
            field(m, report, field, out);
        }
        for (String note : ComparisonTables.notes(m, report)) {
            out.write('\n');
            for (String line : TextRenderer.wrap(note, "")) {
                line(out, line);
            }
        }
        out.write('\n');
        String colourOfResult = BOLD + colourOf(report.verdict());
        for (String line : TextRenderer.wrap(ComparisonTables.result(m, report), "")) {
            line(out, paint(colour, colourOfResult, line));
        }
    }

    private static void dimension(Messages m, ComparisonReport report, DimensionResult result, boolean colour, Writer out)
            throws IOException {
        out.write('\n');
        String title = ComparisonTables.title(m, result);
        String verdict = ComparisonTables.verdict(m, result.verdict());
        if (2 + title.length() + 2 + verdict.length() <= TextRenderer.WIDTH) {
            int gap = TextRenderer.WIDTH - 2 - title.length() - verdict.length();
            line(out, "  " + title + " ".repeat(gap) + paint(colour, BOLD + colourOf(result.verdict()), verdict));
        } else {
            line(out, "  " + title);
            line(out, "    " + paint(colour, BOLD + colourOf(result.verdict()), verdict));
        }
        for (String line : TextRenderer.wrap(Escape.controls(m.format(result.reason())), "    ")) {
            line(out, line);
        }
        List<String> labels = report.datasets().stream().map(ComparedDataset::label).toList();
        if (result.evidence() instanceof Evidence.Measure measure) {
            ComparisonTables.Table cells = ComparisonTables.cells(m, labels, result, measure, GROUPS);
            table(m, cells, out);
            int shown = ComparisonTables.shownCells(result, measure).size();
            if (shown > GROUPS) {
                line(out, "    " + f(m, "compare.more-groups", shown - GROUPS));
            }
            if (!measure.distances().isEmpty()) {
                table(m, ComparisonTables.distances(m, measure), out);
            }
        } else {
            table(m, ComparisonTables.evidence(m, report, result), out);
        }
    }

    private static void field(Messages m, ComparisonReport report, FieldComparison field, Writer out) throws IOException {
        line(out, "  " + field.field());
        ComparisonTables.Table table = ComparisonTables.field(m, report, field);
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            FieldComparison.Facts facts = field.datasets().get(i);
            List<String> parts = new ArrayList<>(List.of(row.get(1), f(m, "compare.text.filled", facts.fillRate()),
                    f(m, "compare.text.distinct", row.get(3), facts.distinct())));
            if (!row.get(4).isEmpty()) {
                parts.add(row.get(4));
            }
            parts.add(row.get(5));
            String text = Escape.controls(row.get(0) + "  " + String.join(" · ", parts));
            for (String line : TextRenderer.wrap(text, "    ")) {
                line(out, line);
            }
        }
    }

    /** A table with aligned columns, indented; one row per line, or one cell per line when too wide. */
    private static void table(Messages m, ComparisonTables.Table table, Writer out) throws IOException {
        int columns = table.header().size();
        int[] widths = new int[columns];
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        for (List<String> row : all) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], Escape.controls(row.get(c)).length());
            }
        }
        int total = 4 + (columns - 1) * 2;
        for (int width : widths) {
            total += width;
        }
        if (total <= TextRenderer.WIDTH) {
            for (List<String> row : all) {
                StringBuilder line = new StringBuilder("    ");
                for (int c = 0; c < columns; c++) {
                    String cell = Escape.controls(row.get(c));
                    String pad = " ".repeat(widths[c] - cell.length());
                    line.append(c == 0 ? "" : "  ").append(table.numeric().get(c) ? pad + cell : cell + pad);
                }
                line(out, line.toString().stripTrailing());
            }
            return;
        }
        for (List<String> row : table.rows()) {
            line(out, "    " + Escape.controls(row.get(0)));
            for (int c = 1; c < columns; c++) {
                String cell = m.format(Message.of("compare.cell", table.header().get(c), row.get(c)));
                for (String line : TextRenderer.wrap(Escape.controls(cell), "      ")) {
                    line(out, line);
                }
            }
        }
    }

    private static String colourOf(Verdict verdict) {
        return switch (verdict) {
            case COMPARABLE -> GREEN;
            case CAVEATS -> YELLOW;
            case NOT_COMPARABLE -> RED;
            case INFORMATIONAL -> CYAN;
        };
    }

    private static String paint(boolean colour, String codes, String text) {
        return colour ? codes + text + RESET : text;
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
