package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Language;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to render a report, beyond its format.
 *
 * @param language         the language of every text written
 * @param colour           whether the text format may colour its output with ANSI escape codes
 *                         (default: no; only for a terminal, never with {@code NO_COLOR})
 * @param workingDirectory what relative file locations are relative to (SARIF writes the files'
 *                         URIs relative to it; default: the process's working directory)
 */
public record RenderOptions(Language language, boolean colour, Path workingDirectory) {

    public RenderOptions {
        Objects.requireNonNull(language, "language");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Options in a language, without colour, relative to the working directory. */
    public static RenderOptions of(Language language) {
        return new RenderOptions(language, false, Path.of(""));
    }

    public RenderOptions withColour(boolean colour) {
        return new RenderOptions(language, colour, workingDirectory);
    }

    public RenderOptions withWorkingDirectory(Path workingDirectory) {
        return new RenderOptions(language, colour, workingDirectory);
    }
}
