package ca.hvd.cli;

import ca.hvd.core.engine.ComparisonRequest;
import ca.hvd.core.engine.Comparer;
import ca.hvd.core.engine.LabelledDataset;
import ca.hvd.core.engine.ProgressListener;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.render.ComparisonFormat;
import ca.hvd.core.report.render.ComparisonSummary;
import ca.hvd.core.report.render.RenderOptions;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd compare}: whether the files of several publishers can be merged and compared, along
 * the comparability dimensions of their standard, with the evidence; each file read in its own
 * layout ({@link DatasetArguments}). Reports as for {@code validate} ({@link ReportTargets}); the
 * exit code is 1 when a dimension is not comparable.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATASET", descriptionKey = "compare.datasets")
    List<String> datasets;

    @Option(names = {"-s", "--standard"}, required = true, paramLabel = "ID[@VERSION]", descriptionKey = "option.standard")
    String standard;

    @Mixin
    StandardsOption standards;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]", descriptionKey = "compare.format")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "compare.output")
    Path output;

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", descriptionKey = "compare.severity")
    List<String> severities = new ArrayList<>();

    @Mixin
    LanguageOption language;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "compare.quiet")
    boolean quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        Language lang = language.language(spec);
        Messages texts = HvdCommand.texts(lang);
        Environment environment = HvdCommand.environment(spec);
        if (datasets.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.format("cli.usage.compare.one"));
        }
        List<ReportTargets.Target<ComparisonFormat>> reports = ReportTargets.parse(formats, output, ComparisonFormat.TEXT,
                ComparisonFormat::parse, ComparisonFormat::label,
                Arrays.stream(ComparisonFormat.values()).map(ComparisonFormat::label).toList(), texts, spec);
        Severities levels = SeverityOverrides.parse(severities, texts, spec);
        Standard resolved = Selectors.resolve(standards.registry(), standard, spec, texts);
        List<LabelledDataset> inputs = DatasetArguments.resolve(datasets, resolved, texts, spec);
        List<Path> files = inputs.stream().map(input -> input.input().path()).toList();
        OutputFile.check(ReportTargets.files(reports), files, standards.directories);
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = !quiet && environment.progress() ? new ProgressBar(err, lang) : ProgressListener.NONE;
        ComparisonReport report = Comparer.compare(new ComparisonRequest(resolved, inputs, levels,
                ValidationRequest.DEFAULT_EXAMPLES, progress));

        ReportTargets.write(reports, ComparisonFormat.TEXT, (format, options, out) -> format.renderer().render(report, options, out),
                RenderOptions.of(lang), environment, spec, files, standards.directories);
        if (ReportTargets.summaryWanted(reports, ComparisonFormat.TEXT, quiet)) {
            ReportTargets.sayWritten(reports, ComparisonFormat::label, texts, err);
            ComparisonSummary.lines(report, lang).forEach(err::println);
            err.flush();
        }
        return report.comparable() ? ExitCode.OK.code() : ExitCode.NOT_CONFORMANT.code();
    }
}
