package ca.hvd.core.report.render;

import static ca.hvd.core.report.render.ComparisonTables.f;

import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparedDataset;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FieldComparison;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The comparison as GitHub-flavoured Markdown: the result, the datasets, per dimension its verdict,
 * reason and figures, then a table per field. Every text is escaped ({@link Escape#markdown}).
 */
final class ComparisonMarkdownRenderer implements ComparisonRenderer {

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = ComparisonMessages.of(options.language());
        out.write("# " + md(f(m, "compare.title", report.standardTitle().in(options.language()))) + "\n\n");
        out.write(md(ComparisonTables.heading(m, report)) + "\n\n");
        out.write("**" + md(ComparisonTables.result(m, report)) + "**\n\n");
        out.write("## " + md(f(m, "compare.section.datasets")) + "\n\n");
        table(ComparisonTables.datasets(m, report), out);
        out.write("## " + md(f(m, "compare.section.dimensions")) + "\n");
        if (report.dimensions().isEmpty()) {
            out.write("\n" + md(f(m, "compare.no-dimensions")) + "\n");
        }
        List<String> labels = report.datasets().stream().map(ComparedDataset::label).toList();
        for (DimensionResult result : report.dimensions()) {
            out.write("\n### " + md(ComparisonTables.title(m, result)) + "\n\n");
            out.write("**" + md(ComparisonTables.verdict(m, result.verdict())) + "** · " + md(m.format(result.reason()))
                    + "\n\n");
            if (result.evidence() instanceof Evidence.Measure measure) {
                table(ComparisonTables.cells(m, labels, result, measure, Integer.MAX_VALUE), out);
                if (!measure.distances().isEmpty()) {
                    table(ComparisonTables.distances(m, measure), out);
                }
            } else {
                table(ComparisonTables.evidence(m, report, result), out);
            }
        }
        out.write("\n## " + md(f(m, "compare.section.fields")) + "\n");
        for (FieldComparison field : report.fields()) {
            out.write("\n### " + md(field.field()) + "\n\n");
            table(ComparisonTables.field(m, report, field), out);
        }
        for (String note : ComparisonTables.notes(m, report)) {
            out.write("\n" + md(note) + "\n");
        }
    }

    private static void table(ComparisonTables.Table table, Writer out) throws IOException {
        row(out, table.header());
        StringBuilder rule = new StringBuilder("|");
        table.numeric().forEach(numeric -> rule.append(numeric ? "--:|" : "---|"));
        out.write(rule + "\n");
        for (List<String> row : table.rows()) {
            row(out, row);
        }
        out.write('\n');
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write("| " + String.join(" | ", cells.stream().map(ComparisonMarkdownRenderer::md).toList()) + " |\n");
    }

    private static String md(String text) {
        return Escape.markdown(text);
    }
}
