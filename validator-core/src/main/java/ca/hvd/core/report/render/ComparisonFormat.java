package ca.hvd.core.report.render;

import java.util.Locale;

/** The formats a comparison report can be written in, each with its renderer. */
public enum ComparisonFormat {
    /** For a terminal: verdicts with their reasons, the figures, each field per dataset. */
    TEXT(new ComparisonTextRenderer()),
    /** The machine-readable report, {@code comparisonVersion} 1 (see {@code docs/compare.md}). */
    JSON(new ComparisonJsonRenderer()),
    /** GitHub-flavoured Markdown tables. */
    MARKDOWN(new ComparisonMarkdownRenderer()),
    /** One self-contained HTML page with the distributions charted side by side. */
    HTML(new ComparisonHtmlRenderer());

    private final ComparisonRenderer renderer;

    ComparisonFormat(ComparisonRenderer renderer) {
        this.renderer = renderer;
    }

    public ComparisonRenderer renderer() {
        return renderer;
    }

    /** The lower-case name used in options. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a format's name, ignoring case.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static ComparisonFormat parse(String name) {
        for (ComparisonFormat format : values()) {
            if (format.label().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown comparison format '" + name + "'");
    }
}
