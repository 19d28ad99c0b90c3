package ca.hvd.core.report.render;

import java.util.Locale;

/** The formats a validation report can be written in. */
public enum ReportFormat {
    /** A summary for a terminal. */
    TEXT(new TextRenderer()),
    /** The machine-readable contract, {@code reportVersion} 1 (see {@code docs/report-format.md}). */
    JSON(new JsonRenderer());

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
}
