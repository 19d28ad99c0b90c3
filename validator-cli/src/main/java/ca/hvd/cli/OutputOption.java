package ca.hvd.cli;

import ca.hvd.core.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -o, --output FILE}: where a command that writes one document (a data dictionary, an
 * export, a template, a lint or diff report) writes it, instead of standard output. The file is
 * written whole or not at all ({@link OutputFile}), and its name is said on standard error.
 */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    Path output;

    /**
     * Writes the document to the file, or to standard output.
     *
     * @param folders folders the file must not be written into (the standards directories read)
     */
    void write(CommandSpec spec, Messages texts, List<Path> folders, OutputFile.Content content) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            try {
                content.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return;
        }
        OutputFile.write(output, List.of(), folders, content);
        PrintWriter err = spec.commandLine().getErr();
        err.println(texts.format("output.saved", output.toString()));
        err.flush();
    }
}
