package ca.hvd.core.report.render;

import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.FindingCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of finding codes, generated from {@link FindingCode} and the message bundles: what
 * {@code hvd findings} prints and what {@code docs/findings.md} holds (the Markdown catalogue in
 * English, then in French; a test keeps the file equal to {@link #document()}).
 */
public final class FindingsCatalog {

    /** The formats the catalogue is written in. */
    public enum Format {
        /** For a terminal: per code its severity, scope, title and description. */
        TEXT,
        /** A Markdown table. */
        MARKDOWN,
        /** A JSON array of codes with their scope, default severity, title and description. */
        JSON;

        /** The lower-case name used in options. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private FindingsCatalog() {
    }

    /** Writes the catalogue in a format and language. */
    public static void render(Format format, Language language, Writer out) throws IOException {
        Messages m = Messages.of(language);
        switch (format) {
            case TEXT -> text(m, out);
            case MARKDOWN -> markdown(m, out);
            case JSON -> json(m, out);
        }
    }

    /** The text of {@code docs/findings.md}: the Markdown catalogue in English, then in French. */
    public static String document() {
        StringWriter out = new StringWriter();
        try {
            out.write("<!-- Generated from ca.hvd.core.report.FindingCode and the message bundles; do not edit.\n"
                    + "     Regenerate: ./mvnw -B -q -pl validator-core -am test -Dtest=FindingsCatalogTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -Dhvd.regenerate=true -->\n\n");
            markdown(Messages.of(Language.EN), out);
            out.write('\n');
            markdown(Messages.of(Language.FR), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void text(Messages m, Writer out) throws IOException {
        out.write(m.format("catalog.title") + " (" + FindingCode.values().length + ")\n");
        for (String line : TextRenderer.wrap(m.format("catalog.intro"), "")) {
            out.write(line + "\n");
        }
        for (FindingCode code : FindingCode.values()) {
            out.write("\n" + String.format("%-26s %-14s %s", code.id(), severity(m, code), scope(m, code)) + "\n");
            out.write("  " + m.format(code.titleKey()) + "\n");
            for (String line : TextRenderer.wrap(m.format(code.descriptionKey()), "  ")) {
                out.write(line + "\n");
            }
        }
    }

    private static void markdown(Messages m, Writer out) throws IOException {
        out.write("# " + Escape.markdown(m.format("catalog.title")) + "\n\n");
        out.write(Escape.markdown(m.format("catalog.intro")) + "\n\n");
        out.write("| " + String.join(" | ", m.format("catalog.column.code"), m.format("catalog.column.scope"),
                m.format("catalog.column.severity"), m.format("catalog.column.title"),
                m.format("catalog.column.description")) + " |\n");
        out.write("|---|---|---|---|---|\n");
        for (FindingCode code : FindingCode.values()) {
            out.write("| `" + code.id() + "` | " + scope(m, code) + " | " + severity(m, code) + " | "
                    + Escape.markdown(m.format(code.titleKey())) + " | "
                    + Escape.markdown(m.format(code.descriptionKey())) + " |\n");
        }
    }

    private static void json(Messages m, Writer out) throws IOException {
        ObjectNode root = JsonRenderer.NODES.objectNode();
        root.putObject("tool").put("name", Hvd.name()).put("version", Hvd.version());
        root.put("language", m.language().code());
        ArrayNode codes = root.putArray("codes");
        for (FindingCode code : FindingCode.values()) {
            codes.addObject()
                    .put("code", code.id())
                    .put("scope", code.scope().label())
                    .put("defaultSeverity", code.defaultSeverity().label())
                    .put("title", m.format(code.titleKey()))
                    .put("description", m.format(code.descriptionKey()));
        }
        JsonRenderer.write(root, out);
    }

    private static String severity(Messages m, FindingCode code) {
        return Texts.severity(m, code.defaultSeverity());
    }

    private static String scope(Messages m, FindingCode code) {
        return m.format("scope." + code.scope().label());
    }
}
