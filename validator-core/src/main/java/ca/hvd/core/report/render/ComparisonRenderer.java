package ca.hvd.core.report.render;

import ca.hvd.core.report.ComparisonReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a comparison report in one format. Implementations are stateless. */
public interface ComparisonRenderer {

    /**
     * Writes the report.
     *
     * @param report  what to write
     * @param options the language of every text, and colour
     * @param out     where to write; not closed
     */
    void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException;
}
