package ca.hvd.core.report.render;

import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a validation report in one format. Implementations are stateless. */
public interface Renderer {

    /**
     * Writes the report.
     *
     * @param report  what to write
     * @param options the language of every text, colour, and what file locations are relative to
     * @param out     where to write; not closed
     */
    void render(ValidationReport report, RenderOptions options, Writer out) throws IOException;
}
