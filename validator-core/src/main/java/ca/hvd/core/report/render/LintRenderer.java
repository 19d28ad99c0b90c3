package ca.hvd.core.report.render;

import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.LintReport;
import ca.hvd.core.standard.LintReport.Checked;
import ca.hvd.core.standard.LintReport.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what {@code hvd standards lint} found, as text for a terminal or as JSON for programs
 * ({@code lintVersion} {@value #LINT_VERSION}, described in {@code docs/standard-lifecycle.md}).
 * Like a validation report: per standard version a verdict and counts, then each problem with its
 * kind, severity, field or profile, file and place, and the result last.
 */
public final class LintRenderer {

    /** Bumped only for changes that break readers of the JSON. */
    public static final int LINT_VERSION = 1;

    /** The formats a lint report is written in. */
    public enum Format {
        TEXT, JSON;

        /** The lower-case name used in options. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private LintRenderer() {
    }

    /** Writes a lint report in a format and language; {@code failOn} decides what is clean. */
    public static void render(LintReport report, FailOn failOn, Format format, Language language, Writer out) throws IOException {
        Messages m = Messages.of(language);
        if (format == Format.JSON) {
            JsonRenderer.write(json(report, failOn, m), out);
        } else {
            text(report, failOn, m, out);
        }
    }

    private static void text(LintReport report, FailOn failOn, Messages m, Writer out) throws IOException {
        line(out, "", m.format("lint.heading", Hvd.name(), Hvd.version(), report.directory()));
        int width = 0;
        for (Severity severity : Severity.values()) {
            width = Math.max(width, Texts.severity(m, severity).length());
        }
        String indent = " ".repeat(2 + width + 1);
        for (Checked standard : report.standards()) {
            out.write('\n');
            out.write(Escape.controls(name(standard, m)) + "\n");
            out.write("  " + Escape.controls(standard.folder()) + "\n");
            line(out, "  ", verdict(standard, failOn, m) + "  " + counts(standard, failOn, m));
            for (Problem problem : standard.problems()) {
                String subject = subject(problem);
                out.write("  " + String.format("%-" + width + "s %s", Texts.severity(m, problem.severity()), problem.code().id())
                        + (subject.isEmpty() ? "" : "  " + Escape.controls(subject)) + "\n");
                line(out, indent, m.format(problem.text()));
                if (problem.value() != null) {
                    line(out, indent, m.format("report.value", Escape.controls(problem.value())));
                }
                line(out, indent, Escape.controls(where(problem)));
            }
        }
        out.write('\n');
        long failing = report.standards().stream().filter(standard -> !standard.clean(failOn)).count();
        line(out, "", report.clean(failOn)
                ? m.format("lint.result.clean", report.standards().size())
                : m.format("lint.result.problems", failing, report.standards().size()));
    }

    private static void line(Writer out, String indent, String text) throws IOException {
        for (String line : TextRenderer.wrap(text, indent)) {
            out.write(line + "\n");
        }
    }

    private static String name(Checked standard, Messages m) {
        return standard.ref() == null ? m.format("lint.unknown") : standard.ref().toString();
    }

    private static String verdict(Checked standard, FailOn failOn, Messages m) {
        return m.format(standard.clean(failOn) ? "lint.verdict.clean" : "lint.verdict.problems");
    }

    private static String counts(Checked standard, FailOn failOn, Messages m) {
        return m.format("text.counts", standard.count(Severity.ERROR), standard.count(Severity.WARNING),
                standard.count(Severity.INFO), Message.of("fail-on." + failOn.label()));
    }

    /** The field, then the profile in brackets: what a problem is about. */
    private static String subject(Problem problem) {
        String field = problem.field() == null ? "" : problem.field();
        String profile = problem.profile() == null ? "" : "[" + problem.profile() + "]";
        return (field + " " + profile).strip();
    }

    private static String where(Problem problem) {
        return problem.pointer().isEmpty() ? problem.file() : problem.file() + " " + problem.pointer();
    }

    private static ObjectNode json(LintReport report, FailOn failOn, Messages m) {
        ObjectNode root = JsonRenderer.NODES.objectNode();
        root.put("lintVersion", LINT_VERSION);
        root.putObject("tool").put("name", Hvd.name()).put("version", Hvd.version());
        root.put("directory", report.directory());
        root.put("language", m.language().code());
        root.put("failOn", failOn.label());
        root.put("clean", report.clean(failOn));
        ArrayNode standards = root.putArray("standards");
        for (Checked checked : report.standards()) {
            ObjectNode standard = standards.addObject();
            if (checked.ref() == null) {
                standard.putNull("id");
                standard.putNull("version");
            } else {
                standard.put("id", checked.ref().id());
                standard.put("version", checked.ref().version().toString());
            }
            standard.put("folder", checked.folder());
            standard.put("clean", checked.clean(failOn));
            ObjectNode counts = standard.putObject("counts");
            for (Severity severity : Severity.values()) {
                counts.put(severity.label(), checked.count(severity));
            }
            ArrayNode problems = standard.putArray("problems");
            for (Problem problem : checked.problems()) {
                ObjectNode node = problems.addObject();
                node.put("code", problem.code().id());
                node.put("severity", problem.severity().label());
                node.put("title", m.format("lint.code." + problem.code().id()));
                node.put("file", problem.file());
                node.put("pointer", problem.pointer());
                putOrNull(node, "field", problem.field());
                putOrNull(node, "profile", problem.profile());
                putOrNull(node, "value", problem.value());
                node.put("message", m.format(problem.text()));
            }
        }
        return root;
    }

    static void putOrNull(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
