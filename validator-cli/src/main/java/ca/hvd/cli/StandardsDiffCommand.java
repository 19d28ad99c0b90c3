package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "diff.format")
    DiffRenderer.Format format;

    @Mixin
    DocumentOptions options;

    @Override
    public Integer call() {
        Language lang = options.language();
        StandardRegistry registry = options.registry();
        Standard from = options.resolve(registry, older, spec);
        Standard to = options.resolve(registry, newer, spec);
        StandardDiff diff = StandardDiff.between(from, to);
        options.write(spec, out -> DiffRenderer.render(diff, format, lang, out));
        return diff.semverViolation() ? ExitCode.NOT_CONFORMANT.code() : ExitCode.OK.code();
    }
}
