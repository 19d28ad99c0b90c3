package ca.hvd.cli;

import ca.hvd.core.engine.HarmonizeRequest;
import ca.hvd.core.engine.HarmonizeResult;
import ca.hvd.core.engine.Harmonizer;
import ca.hvd.core.engine.LabelledDataset;
import ca.hvd.core.engine.ProgressListener;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.Standard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd harmonize}: the files of several publishers as one CSV file in the canonical layout of
 * their standard, with lineage columns; rows with errors go to a rejects file with the codes of
 * their findings, or stay with {@code --keep-invalid}. Both files are written whole or not at all,
 * never over an input. The exit code is 1 when a row has an error.
 */
@Command(name = "harmonize", mixinStandardHelpOptions = true, sortOptions = false)
final class HarmonizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATASET", descriptionKey = "harmonize.datasets")
    List<String> datasets;

    @Option(names = {"-s", "--standard"}, required = true, paramLabel = "ID[@VERSION]", descriptionKey = "option.standard")
    String standard;

    @Mixin
    StandardsOption standards;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "harmonize.output")
    Path output;

    @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "harmonize.rejects")
    Path rejects;

    @Option(names = "--keep-invalid", descriptionKey = "harmonize.keep-invalid")
    boolean keepInvalid;

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", descriptionKey = "harmonize.severity")
    List<String> severities = new ArrayList<>();

    @Mixin
    LanguageOption language;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "harmonize.quiet")
    boolean quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        Language lang = language.language(spec);
        Messages texts = HvdCommand.texts(lang);
        Environment environment = HvdCommand.environment(spec);
        if (keepInvalid && rejects != null) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.rejects-kept"));
        }
        if (!keepInvalid && rejects == null && OutputFile.kind(output) != OutputFile.Kind.FILE) {
            // no file can be put beside standard output or a pipe
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.rejects-needed", output.toString()));
        }
        Path rejectsFile = keepInvalid ? null : rejects != null ? rejects : rejectsBeside(output);
        if (rejectsFile != null && rejectsFile.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.same-file", output.toString()));
        }
        Severities levels = SeverityOverrides.parse(severities, texts, spec);
        Standard resolved = Selectors.resolve(standards.registry(), standard, spec, texts);
        List<LabelledDataset> inputs = DatasetArguments.resolve(datasets, resolved, texts, spec);
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = !quiet && environment.progress() ? new ProgressBar(err, lang) : ProgressListener.NONE;
        HarmonizeRequest request = new HarmonizeRequest(resolved, inputs, levels, keepInvalid, progress);
        List<Path> files = inputs.stream().map(input -> input.input().path()).toList();
        HarmonizeResult[] result = new HarmonizeResult[1];
        List<Path> targets = rejectsFile == null ? List.of(output) : List.of(output, rejectsFile);
        OutputFile.writeTogether(targets, files, standards.directories, writers ->
                result[0] = Harmonizer.harmonize(request, writers.get(0), rejectsFile == null ? null : writers.get(1)));
        if (!quiet) {
            for (int i = 0; i < inputs.size(); i++) {
                DatasetReport source = result[0].sources().get(i);
                err.println(texts.format("harmonize.source", inputs.get(i).label(), source.source(),
                        texts.format(source.conformant(FailOn.ERROR) ? "harmonize.conformant" : "harmonize.not-conformant"),
                        source.count(Severity.ERROR), source.count(Severity.WARNING)));
            }
            err.println(texts.format("harmonize.written", result[0].written(), output.toString()));
            if (rejectsFile != null) {
                err.println(texts.format("harmonize.rejected", result[0].rejected(), rejectsFile.toString()));
            } else if (result[0].invalid() > 0) {
                err.println(texts.format("harmonize.kept", result[0].invalid()));
            }
            err.flush();
        }
        // a file with errors of its own (empty, cut short by malformed CSV, totals that do not add up) fails too
        boolean sourcesClean = result[0].sources().stream().allMatch(source -> source.conformant(FailOn.ERROR));
        return result[0].invalid() == 0 && sourcesClean ? ExitCode.OK.code() : ExitCode.NOT_CONFORMANT.code();
    }

    /** {@code out.csv} → {@code out.rejects.csv}; {@code out} → {@code out.rejects.csv}. */
    static Path rejectsBeside(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String rejects = dot > 0 ? name.substring(0, dot) + ".rejects" + name.substring(dot) : name + ".rejects.csv";
        return output.resolveSibling(rejects);
    }
}
