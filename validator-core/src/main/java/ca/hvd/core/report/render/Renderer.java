package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a validation report in one format and language. Implementations are stateless. */
public interface Renderer {

    /**
     * Writes the report.
     *
     * @param report   what to write
     * @param language the language of every text written
     * @param out      where to write; not closed
     */
    void render(ValidationReport report, Language language, Writer out) throws IOException;
}
