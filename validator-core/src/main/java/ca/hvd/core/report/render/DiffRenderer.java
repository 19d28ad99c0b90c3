package ca.hvd.core.report.render;

import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.SemVer;
import ca.hvd.core.standard.StandardDiff;
import ca.hvd.core.standard.StandardDiff.Bump;
import ca.hvd.core.standard.StandardDiff.Change;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what changed between two versions of a standard ({@code hvd standards diff}), as text for
 * a terminal or as JSON for programs ({@code diffVersion} {@value #DIFF_VERSION}, described in
 * {@code docs/standard-lifecycle.md}): each change marked breaking or compatible, and what semantic
 * versioning makes of them.
 */
public final class DiffRenderer {

    /** Bumped only for changes that break readers of the JSON. */
    public static final int DIFF_VERSION = 1;

    /** The formats a diff is written in. */
    public enum Format {
        TEXT, JSON;

        /** The lower-case name used in options. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private DiffRenderer() {
    }

    /** Writes a diff in a format and language. */
    public static void render(StandardDiff diff, Format format, Language language, Writer out) throws IOException {
        Messages m = Messages.of(language);
        if (format == Format.JSON) {
            JsonRenderer.write(json(diff, m), out);
        } else {
            text(diff, m, out);
        }
    }

    private static void text(StandardDiff diff, Messages m, Writer out) throws IOException {
        line(out, "", m.format("diff.heading", Hvd.name(), Hvd.version(), diff.from().toString(), diff.to().toString(),
                Message.of("diff.bump." + diff.bump().label())));
        line(out, "", m.format("diff.summary", diff.changes().size(), diff.breakingChanges().size()));
        if (!diff.changes().isEmpty()) {
            out.write('\n');
        }
        String breaking = m.format("diff.breaking");
        String compatible = m.format("diff.compatible");
        int width = Math.max(breaking.length(), compatible.length());
        String indent = " ".repeat(width + 4);
        for (Change change : diff.changes()) {
            String mark = String.format("%-" + width + "s", change.breaking() ? breaking : compatible);
            java.util.List<String> lines = TextRenderer.wrap(Escape.controls(m.format(change.text())), indent);
            out.write("  " + mark + "  " + lines.get(0).substring(indent.length()) + "\n");
            for (String line : lines.subList(1, lines.size())) {
                out.write(line + "\n");
            }
        }
        out.write('\n');
        line(out, "", semver(diff, m));
    }

    /** What semantic versioning makes of the diff, in words. */
    static String semver(StandardDiff diff, Messages m) {
        Bump bump = diff.bump();
        if (diff.semverViolation()) {
            SemVer from = diff.from().version();
            return m.format("diff.semver.violated", diff.to().version().toString(), Message.of("diff.bump." + bump.label()),
                    diff.from().version().toString(), diff.breakingChanges().size(), (from.major() + 1) + ".0.0");
        }
        if (bump == Bump.UNRELATED || bump == Bump.DOWNGRADE || bump == Bump.NONE) {
            return m.format("diff.semver.not-applicable", Message.of("diff.bump." + bump.label()));
        }
        if (diff.breaking() && diff.from().version().major() == 0) {
            return m.format("diff.semver.initial");
        }
        return m.format("diff.semver.respected", Message.of("diff.bump." + bump.label()));
    }

    private static void line(Writer out, String indent, String text) throws IOException {
        for (String line : TextRenderer.wrap(text, indent)) {
            out.write(line + "\n");
        }
    }

    private static ObjectNode json(StandardDiff diff, Messages m) {
        ObjectNode root = JsonRenderer.NODES.objectNode();
        root.put("diffVersion", DIFF_VERSION);
        root.putObject("tool").put("name", Hvd.name()).put("version", Hvd.version());
        root.put("language", m.language().code());
        root.putObject("from").put("id", diff.from().id()).put("version", diff.from().version().toString());
        root.putObject("to").put("id", diff.to().id()).put("version", diff.to().version().toString());
        root.put("bump", diff.bump().label());
        root.put("breaking", diff.breaking());
        root.put("semverViolation", diff.semverViolation());
        root.put("semver", semver(diff, m));
        ArrayNode changes = root.putArray("changes");
        for (Change change : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().id());
            LintRenderer.putOrNull(node, "subject", change.subject());
            node.put("breaking", change.breaking());
            LintRenderer.putOrNull(node, "before", change.before());
            LintRenderer.putOrNull(node, "after", change.after());
            node.put("message", m.format(change.text()));
        }
        return root;
    }
}
