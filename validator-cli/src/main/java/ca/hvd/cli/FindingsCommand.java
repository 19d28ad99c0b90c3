package ca.hvd.cli;

import ca.hvd.core.report.render.FindingsCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hvd findings}: the catalogue of finding codes, their default severities and meaning. */
@Command(name = "findings", mixinStandardHelpOptions = true)
final class FindingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "findings.format",
            completionCandidates = Formats.class)
    FindingsCatalog.Format format;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FindingsCatalog.render(format, language.language(spec), out);
        out.flush();
        return ExitCode.OK.code();
    }

    /** The formats {@code --format} accepts, as listed in usage errors. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(FindingsCatalog.Format.values()).map(FindingsCatalog.Format::label).iterator();
        }
    }
}
