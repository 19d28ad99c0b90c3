package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terminal summary: per file a verdict line, counts, and the findings by code and field with
 * their examples, then how each field is filled. Every line fits {@value #WIDTH} columns except a
 * file name, or a word of a finding's subject, longer than that, which is never cut. Values from
 * the data have control characters escaped, so a file cannot drive the terminal. With {@link RenderOptions#colour()} the verdicts
 * and severities are coloured with ANSI codes (the caller decides: a terminal, no {@code NO_COLOR}).
 */
final class TextRenderer implements Renderer {

    /** The width every line fits. */
    static final int WIDTH = 80;
    /** Punctuation French writes after a space, which must not start a line. */
    private static final Set<String> SPACED_OFF = Set.of(":", ";", "?", "!", "»");

    private static final int VALUE_WIDTH = 48;
    /** The narrowest an example's value is cut to, to make room for its detail. */
    private static final int MIN_VALUE_WIDTH = 8;
    private static final String MESSAGE_INDENT = "           ";
    private static final String EXAMPLE_INDENT = "             ";

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    @Override
    public void render(ValidationReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = Messages.of(options.language());
        Paint paint = new Paint(options.colour());
        for (String line : wrap(Texts.heading(m, report), "")) {
            line(out, paint.apply(BOLD, line));
        }
        for (DatasetReport dataset : report.datasets()) {
            out.write('\n');
            dataset(dataset, report, m, paint, out);
        }
        out.write('\n');
        String colour = BOLD + (report.conformant() ? GREEN : RED);
        for (String line : wrap(Texts.result(m, report), "")) {
            line(out, paint.apply(colour, line));
        }
    }

    private static void dataset(DatasetReport dataset, ValidationReport report, Messages m, Paint paint, Writer out)
            throws IOException {
        line(out, paint.apply(BOLD, Escape.controls(dataset.source())));
        String verdict = Texts.verdict(m, report, dataset);
        String counts = Texts.counts(m, report, dataset);
        String colour = BOLD + (dataset.conformant(report.failOn()) ? GREEN : RED);
        if (2 + verdict.length() + 2 + counts.length() <= WIDTH) {
            line(out, "  " + paint.apply(colour, verdict) + "  " + counts);
        } else {
            line(out, "  " + paint.apply(colour, verdict));
            for (String line : wrap(counts, "  ")) {
                line(out, line);
            }
        }
        for (String line : wrap(Texts.source(m, dataset), "  ")) {
            line(out, line);
        }
        if (!dataset.findings().isEmpty()) {
            out.write('\n');
        }
        int severityWidth = 0;
        for (Severity severity : Severity.values()) {
            severityWidth = Math.max(severityWidth, Texts.severity(m, severity).length());
        }
        for (FindingGroup group : dataset.findings()) {
            finding(group, m, paint, severityWidth, out);
        }
        fields(dataset, m, out);
    }

    private static void finding(FindingGroup group, Messages m, Paint paint, int severityWidth, Writer out)
            throws IOException {
        String severity = String.format("%-" + severityWidth + "s", Texts.severity(m, group.severity()));
        String code = group.key().code().id();
        String count = m.format("text.count", group.count());
        String subject = Escape.controls(Texts.subject(group.key()));
        int room = WIDTH - 2 - 2 - severity.length() - 1 - code.length() - 2 - count.length();
        String head = "  " + paint.apply(colour(group.severity()), severity) + " " + code;
        int used = 2 + severity.length() + 1 + code.length();
        boolean besideCode = !subject.isEmpty() && subject.length() <= room;
        if (besideCode) {
            head += "  " + subject;
            used += 2 + subject.length();
        }
        line(out, head + " ".repeat(Math.max(1, WIDTH - 2 - used - count.length())) + count);
        if (!subject.isEmpty() && !besideCode) {
            // wrapped, never cut: the field, column and rule are what the steward searches the file for
            for (String line : wrap(subject, MESSAGE_INDENT)) {
                line(out, line);
            }
        }
        for (String line : wrap(Escape.controls(Texts.message(m, group)), MESSAGE_INDENT)) {
            line(out, line);
        }
        for (Example example : group.examples()) {
            String where = Texts.where(m, example);
            String detail = Texts.detail(m, group, example).map(text -> "  (" + Escape.controls(text) + ")").orElse("");
            StringBuilder line = new StringBuilder(EXAMPLE_INDENT).append(where);
            // a detail too long to share the line with a value goes below it, wrapped
            boolean detailBelow = line.length() + 2 + MIN_VALUE_WIDTH + 2 + detail.length() > WIDTH;
            if (example.value() != null) {
                int width = Math.min(VALUE_WIDTH, WIDTH - line.length() - 2 - 2 - (detailBelow ? 0 : detail.length()));
                line.append("  ").append(quote(example.value(), Math.max(MIN_VALUE_WIDTH, width)));
            }
            if (!detailBelow) {
                line.append(detail);
            }
            line(out, paint.apply(DIM, line.toString()));
            if (detailBelow) {
                for (String below : wrap(detail.strip(), EXAMPLE_INDENT + "  ")) {
                    line(out, paint.apply(DIM, below));
                }
            }
        }
    }

    private static void fields(DatasetReport dataset, Messages m, Writer out) throws IOException {
        if (dataset.fields().isEmpty() || dataset.records() == 0) {
            return;
        }
        out.write('\n');
        line(out, "  " + m.format("text.fill"));
        StringBuilder line = new StringBuilder("   ");
        for (Map.Entry<String, FieldStats> field : dataset.fields().entrySet()) {
            FieldStats stats = field.getValue();
            String cell = " " + field.getKey() + " " + (stats.present() || stats.filled() > 0
                    ? m.format("report.percent", Math.round(stats.fillRate() * 100))
                    : m.format("text.absent"));
            if (line.length() + cell.length() > WIDTH - 2) {
                line(out, line.toString());
                line = new StringBuilder("   ");
            }
            line.append(cell);
        }
        line(out, line.toString());
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }

    /** A value in double quotes, control characters escaped, cut to a width. */
    static String quote(String value, int width) {
        return "\"" + Escape.cut(Escape.controls(value), width) + "\"";
    }

    /**
     * Words of a text in lines of at most {@link #WIDTH} columns, each starting with the indent. The
     * punctuation French spaces off (« … », {@code :}, {@code ;}, {@code ?}, {@code !}) stays with
     * its word, never alone at the start or end of a line.
     */
    static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : unbreakable(text.split(" "))) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Words joined to the spaced-off punctuation that follows them, and an opening « to the word after it. */
    private static List<String> unbreakable(String[] words) {
        List<String> joined = new ArrayList<>();
        for (String word : words) {
            int last = joined.size() - 1;
            // "»." and "»," close a quotation as "»" does
            if (last >= 0 && (SPACED_OFF.contains(word) || word.startsWith("»") || joined.get(last).equals("«"))) {
                joined.set(last, joined.get(last) + " " + word);
            } else {
                joined.add(word);
            }
        }
        return joined;
    }

    /** ANSI colour when asked for, else the text unchanged. */
    private record Paint(boolean on) {
        String apply(String codes, String text) {
            return on ? codes + text + RESET : text;
        }
    }
}
