package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The terminal summary: per file a verdict line, counts, and the findings by code and field with
 * their examples; lines fit 80 columns except for long values. Values from the data are shown with
 * control characters escaped, so a file cannot drive the terminal.
 */
final class TextRenderer implements Renderer {

    private static final int VALUE_WIDTH = 48;

    @Override
    public void render(ValidationReport report, Language language, Writer out) throws IOException {
        Messages m = Messages.of(language);
        out.write(m.format("text.heading", "hvd", report.toolVersion(), report.standard().toString(),
                report.standardTitle().in(language)));
        out.write('\n');
        for (DatasetReport dataset : report.datasets()) {
            out.write('\n');
            dataset(dataset, report, m, out);
        }
        out.write('\n');
        long failing = report.datasets().stream().filter(d -> !d.conformant(report.failOn())).count();
        out.write(m.format(report.conformant() ? "text.result.conformant" : "text.result.not-conformant",
                failing, report.datasets().size()));
        out.write('\n');
    }

    private static void dataset(DatasetReport dataset, ValidationReport report, Messages m, Writer out) throws IOException {
        out.write(dataset.source());
        out.write('\n');
        boolean conformant = dataset.conformant(report.failOn());
        out.write("  ");
        out.write(m.format(conformant ? "verdict.conformant" : "verdict.not-conformant"));
        out.write("  ");
        out.write(m.format("text.counts", dataset.count(Severity.ERROR), dataset.count(Severity.WARNING),
                dataset.count(Severity.INFO), Message.of("fail-on." + report.failOn().label())));
        out.write('\n');
        out.write("  ");
        String bom = dataset.format().bom() == null ? "" : m.format("text.bom", dataset.format().bom());
        out.write(m.format("text.source", dataset.records(), dataset.format().encoding(), bom,
                dataset.format().delimiterLabel(), dataset.format().headerLine()));
        out.write('\n');
        if (!dataset.findings().isEmpty()) {
            out.write('\n');
        }
        for (FindingGroup group : dataset.findings()) {
            finding(group, m, out);
        }
        fields(dataset, m, out);
    }

    private static void finding(FindingGroup group, Messages m, Writer out) throws IOException {
        FindingKey key = group.key();
        String where = subject(key);
        String head = String.format("  %-8s %s%s", m.format("severity." + group.severity().label()), key.code().id(),
                where.isEmpty() ? "" : "  " + where);
        String count = m.format("text.count", group.count());
        int pad = Math.max(1, 78 - head.length() - count.length());
        out.write(head + " ".repeat(pad) + count);
        out.write('\n');
        out.write("           ");
        out.write(Texts.message(m, group));
        out.write('\n');
        for (Example example : group.examples()) {
            StringBuilder line = new StringBuilder("             ");
            line.append(example.line() > 0 ? m.format("text.line", example.line()) : m.format("text.file"));
            if (example.value() != null) {
                line.append("  ").append(quote(example.value()));
            }
            Texts.detail(m, group, example).ifPresent(detail -> line.append("  (").append(detail).append(')'));
            out.write(line.toString());
            out.write('\n');
        }
    }

    private static String subject(FindingKey key) {
        List<String> parts = new ArrayList<>();
        if (key.field() != null) {
            parts.add(key.field());
        }
        if (key.column() != null && !key.column().equals(key.field())) {
            parts.add("[" + escape(key.column()) + "]");
        }
        if (key.rule() != null && !key.rule().equals(key.field())) {
            parts.add("{" + key.rule() + "}");
        }
        return String.join(" ", parts);
    }

    private static void fields(DatasetReport dataset, Messages m, Writer out) throws IOException {
        if (dataset.fields().isEmpty() || dataset.records() == 0) {
            return;
        }
        out.write('\n');
        out.write("  ");
        out.write(m.format("text.fill"));
        out.write('\n');
        StringBuilder line = new StringBuilder("   ");
        for (Map.Entry<String, FieldStats> field : dataset.fields().entrySet()) {
            FieldStats stats = field.getValue();
            String cell = " " + field.getKey() + " " + (stats.present() || stats.filled() > 0
                    ? Math.round(stats.fillRate() * 100) + "%"
                    : m.format("text.absent"));
            if (line.length() + cell.length() > 78) {
                out.write(line.toString());
                out.write('\n');
                line = new StringBuilder("   ");
            }
            line.append(cell);
        }
        out.write(line.toString());
        out.write('\n');
    }

    /** A value in double quotes, cut to the display width, control characters escaped. */
    static String quote(String value) {
        String shown = value.length() > VALUE_WIDTH ? value.substring(0, VALUE_WIDTH - 1) + "…" : value;
        return "\"" + escape(shown) + "\"";
    }

    /** Escapes control characters (and so the terminal's escape sequences) as {@code \\uXXXX}. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
