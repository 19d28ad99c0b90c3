package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.render.DiffRenderer;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardDiff;
import ca.hvd.core.standard.StandardRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd standards diff ID@A ID@B}: what changed from one version to the other, each change
 * breaking or not; exit 1 when a breaking change comes in a minor or patch version.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false)
final class StandardsDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID@OLDER", descriptionKey = "diff.older")
    String older;

    @Parameters(index = "1", paramLabel = "ID@NEWER", descriptionKey = "diff.newer")
    String newer;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "diff.format",
            completionCandidates = Formats.class)
    DiffRenderer.Format format;

    @Mixin
    OutputOption output;

    @Mixin
    StandardsOption standards;

    @Mixin
    LanguageOption language;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        Language lang = language.language();
        Messages texts = HvdCommand.texts(lang);
        StandardRegistry registry = standards.registry();
        Standard from = Selectors.resolve(registry, older, spec, texts);
        Standard to = Selectors.resolve(registry, newer, spec, texts);
        StandardDiff diff = StandardDiff.between(from, to);
        output.write(spec, texts, out -> DiffRenderer.render(diff, format, lang, out));
        return diff.semverViolation() ? ExitCode.NOT_CONFORMANT.code() : ExitCode.OK.code();
    }

    /** The formats {@code --format} accepts, as listed in usage errors. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(DiffRenderer.Format.values()).map(DiffRenderer.Format::label).iterator();
        }
    }
}
