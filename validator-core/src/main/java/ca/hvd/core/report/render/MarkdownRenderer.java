package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown, for pull-request comments and wikis: the result, then
 * per file its verdict, counts, a table of findings with examples and a table of fields. Every
 * text from the data or a standard is escaped ({@link Escape#markdown}): a {@code |} cannot end a
 * cell, a line break cannot end a row, and nothing becomes a link, code, emphasis or HTML.
 */
final class MarkdownRenderer implements Renderer {

    @Override
    public void render(ValidationReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = Messages.of(options.language());
        out.write("# " + md(m.format("report.title", report.standardTitle().in(options.language()))) + "\n\n");
        out.write(md(Texts.heading(m, report)) + "\n\n");
        out.write("**" + md(Texts.result(m, report)) + "**\n");
        for (DatasetReport dataset : report.datasets()) {
            out.write("\n## " + md(dataset.source()) + "\n\n");
            out.write("**" + md(Texts.verdict(m, report, dataset)) + "** · " + md(Texts.counts(m, report, dataset)) + "  \n");
            out.write(md(Texts.source(m, dataset)) + "\n\n");
            findings(m, dataset, out);
            fields(m, dataset, out);
        }
    }

    private static void findings(Messages m, DatasetReport dataset, Writer out) throws IOException {
        out.write("### " + md(m.format("report.findings")) + "\n\n");
        if (dataset.findings().isEmpty()) {
            out.write(md(m.format("report.no-findings")) + "\n\n");
            return;
        }
        header(Tables.findingHeader(m), "|---|---|---|--:|---|---|", out);
        for (Tables.FindingRow row : Tables.findings(m, dataset)) {
            List<String> examples = new ArrayList<>();
            row.examples().forEach(example -> examples.add(md(example)));
            row(out, md(row.label()), "`" + row.code() + "` " + md(row.title()), md(row.subject()), row.count(),
                    md(row.message()), String.join("<br>", examples));
        }
        out.write('\n');
    }

    private static void fields(Messages m, DatasetReport dataset, Writer out) throws IOException {
        if (dataset.fields().isEmpty()) {
            return;
        }
        out.write("### " + md(m.format("report.fields")) + "\n\n");
        header(Tables.fieldHeader(m), "|---|---|--:|--:|---|", out);
        for (Tables.FieldRow row : Tables.fields(m, dataset)) {
            row(out, md(row.field()), md(row.column()), row.filled(), row.percent() < 0 ? "" : m.format("report.percent", row.percent()),
                    md(row.values()));
        }
        out.write('\n');
    }

    private static void header(List<String> cells, String rule, Writer out) throws IOException {
        row(out, cells.stream().map(MarkdownRenderer::md).toArray(String[]::new));
        out.write(rule + "\n");
    }

    private static void row(Writer out, String... cells) throws IOException {
        out.write("| " + String.join(" | ", cells) + " |\n");
    }

    private static String md(String text) {
        return Escape.markdown(text);
    }
}
