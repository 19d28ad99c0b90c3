package ca.hvd.core.report.render;

import java.util.Locale;

/** The formats a validation report can be written in, each with its renderer. */
public enum ReportFormat {
    /** A summary for a terminal, 80 columns, coloured on request. */
    TEXT(new TextRenderer()),
    /** The machine-readable contract, {@code reportVersion} 1 (see {@code docs/report-format.md}). */
    JSON(new JsonRenderer()),
    /** GitHub-flavoured Markdown, for pull-request comments and wikis. */
    MARKDOWN(new MarkdownRenderer()),
    /** One self-contained HTML page with charts, for a data steward's browser. */
    HTML(new HtmlRenderer()),
    /** JUnit XML, so CI systems list findings as test cases. */
    JUNIT(new JunitRenderer()),
    /** SARIF 2.1.0, for code scanning. */
    SARIF(new SarifRenderer());

    private final Renderer renderer;

    ReportFormat(Renderer renderer) {
        this.renderer = renderer;
    }

    public Renderer renderer() {
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
    public static ReportFormat parse(String name) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "'");
    }
}
