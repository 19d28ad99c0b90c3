package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.render.LintRenderer;
import ca.hvd.core.standard.LintReport;
import ca.hvd.core.standard.StandardLint;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd standards lint DIR}: checks standards being written (definition, code lists,
 * profiles, patterns, examples, versioning) and reports like {@code validate}; exit 1 when a
 * problem is at or above {@code --fail-on}.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false)
final class StandardsLintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "lint.dir")
    Path directory;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "lint.format")
    LintRenderer.Format format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", descriptionKey = "lint.fail-on")
    FailOn failOn;

    @Mixin
    DocumentOptions options;

    @Override
    public Integer call() {
        Language lang = options.language();
        LintReport report = StandardLint.lint(directory, options.registry());
        options.write(spec, List.of(directory), out -> LintRenderer.render(report, failOn, format, lang, out));
        return report.clean(failOn) ? ExitCode.OK.code() : ExitCode.NOT_CONFORMANT.code();
    }
}
