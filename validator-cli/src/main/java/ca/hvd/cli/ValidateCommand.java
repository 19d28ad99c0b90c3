package ca.hvd.cli;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ProgressListener;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.render.RenderOptions;
import ca.hvd.core.report.render.ReportFormat;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.report.render.Summary;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd validate}: the conformance report of files against one standard, in one or more
 * formats, and an exit code that says whether they conform.
 *
 * <p>Each {@code --format FORMAT[=FILE]} asks for one report; a report without a file goes to
 * {@code --output}, else to standard output, and only one may. The human summary (a verdict line
 * per file and the result) goes to standard error, unless {@code --quiet} or the only report is the
 * text report on standard output, which already says it. Progress goes to standard error too, only
 * on a terminal, never in CI ({@code CI} set) or with {@code --quiet}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<Path> files;

    @Option(names = {"-s", "--standard"}, required = true, paramLabel = "ID[@VERSION]", descriptionKey = "option.standard")
    String standard;

    @Mixin
    StandardsOption standards;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME", descriptionKey = "validate.profile")
    String profile;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", descriptionKey = "validate.set")
    Map<String, String> constants = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]", descriptionKey = "validate.format")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "validate.output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", descriptionKey = "validate.fail-on")
    FailOn failOn;

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", descriptionKey = "validate.severity")
    List<String> severities = new ArrayList<>();

    @Mixin
    LanguageOption language;

    @Option(names = "--max-examples", paramLabel = "N", defaultValue = "5", descriptionKey = "validate.max-examples")
    int maxExamples;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "validate.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "validate.encoding")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "validate.delimiter")
    String delimiter;

    @Option(names = "--header-line", paramLabel = "N", descriptionKey = "validate.header-line")
    Integer headerLine;

    @Option(names = "--max-field-size", paramLabel = "SIZE", descriptionKey = "validate.max-field-size")
    String maxFieldSize;

    @Option(names = "--max-record-size", paramLabel = "SIZE", descriptionKey = "validate.max-record-size")
    String maxRecordSize;

    @Option(names = "--max-columns", paramLabel = "N", descriptionKey = "validate.max-columns")
    String maxColumns;

    @Option(names = "--max-decompressed-size", paramLabel = "SIZE", descriptionKey = "validate.max-decompressed-size")
    String maxDecompressedSize;

    @Option(names = "--max-compression-ratio", paramLabel = "N", descriptionKey = "validate.max-compression-ratio")
    String maxCompressionRatio;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "validate.quiet")
    boolean quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        Language lang = language.language(spec);
        Messages texts = HvdCommand.texts(lang);
        Environment environment = HvdCommand.environment(spec);
        if (maxExamples < 0) {
            throw usage(texts.format("cli.usage.max-examples"));
        }
        if (threads < 1) {
            throw usage(texts.format("cli.usage.threads"));
        }
        if (headerLine != null && headerLine < 1) {
            throw usage(texts.format("cli.usage.header-line"));
        }
        List<ReportTargets.Target<ReportFormat>> reports = reports(texts);
        SourceOptions source = new SourceOptions(charset(texts), delimiter(texts), headerLine).withLimits(limits(texts));
        Severities severityLevels = severities(texts);
        Standard resolved = Selectors.resolve(standards.registry(), standard, spec, texts);
        Profile layout = profile == null ? null : resolved.profile(profile);
        checkConstants(resolved, layout, texts);
        OutputFile.check(ReportTargets.files(reports), files, standards.directories);
        PrintWriter err = spec.commandLine().getErr();
        ValidationRequest.Builder request = ValidationRequest.builder(resolved)
                .profile(layout)
                .source(source)
                .severities(severityLevels)
                .failOn(failOn)
                .exampleLimit(maxExamples)
                .threads(threads)
                .progress(!quiet && environment.progress() ? new ProgressBar(err, lang) : ProgressListener.NONE);
        constants.forEach(request::constant);
        files.forEach(file -> request.dataset(DatasetInput.of(file)));
        ValidationReport report = Validator.validate(request.build());

        ReportTargets.write(reports, ReportFormat.TEXT, (format, options, out) -> format.renderer().render(report, options, out),
                RenderOptions.of(lang), environment, spec, files, standards.directories);
        if (ReportTargets.summaryWanted(reports, ReportFormat.TEXT, quiet)) {
            ReportTargets.sayWritten(reports, ReportFormat::label, texts, err);
            Summary.lines(report, lang).forEach(err::println);
            err.flush();
        }
        return report.conformant() ? ExitCode.OK.code() : ExitCode.NOT_CONFORMANT.code();
    }

    /** Each {@code --set} names a field of the standard, and each of the profile's parameters is set. */
    private void checkConstants(Standard resolved, Profile layout, Messages texts) {
        for (Map.Entry<String, String> constant : constants.entrySet()) {
            if (constant.getValue() == null || constant.getValue().isBlank()) {
                throw new ParameterException(spec.commandLine(), texts.format("cli.usage.set.empty", constant.getKey()));
            }
        }
        for (String field : constants.keySet()) {
            if (resolved.field(field).isEmpty()) {
                throw new ParameterException(spec.commandLine(), texts.format("cli.usage.set.field", field,
                        resolved.ref().toString(), HvdCommand.list(resolved.fields().stream().map(Field::name).toList())));
            }
        }
        if (layout != null) {
            for (String parameter : layout.parameters()) {
                if (!constants.containsKey(parameter)) {
                    Field field = resolved.field(parameter).orElseThrow();
                    String codes = resolved.codeListOf(field)
                            .map(list -> HvdCommand.list(list.codes()))
                            .orElse(field.example() == null ? "" : field.example());
                    throw new ParameterException(spec.commandLine(), texts.format("cli.usage.set.missing", layout.name(),
                            parameter, field.title(), codes.isEmpty() ? 0 : 1, codes));
                }
            }
        }
    }

    /**
     * The reports asked for: {@code --format FORMAT[=FILE]}, repeatable, default {@code text}; see
     * {@link ReportTargets}.
     */
    private List<ReportTargets.Target<ReportFormat>> reports(Messages texts) {
        return ReportTargets.parse(formats, output, ReportFormat.TEXT, ReportFormat::parse, ReportFormat::label,
                Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList(), texts, spec);
    }

    /** {@code --severity CODE=LEVEL}, repeatable: the severities of this run. */
    private Severities severities(Messages texts) {
        return SeverityOverrides.parse(severities, texts, spec);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The reading limits: the defaults, changed by each {@code --max-…} option given. A field size
     * above the default record size raises the record size with it, unless that is given too.
     */
    private ReadLimits limits(Messages texts) {
        ReadLimits limits = ReadLimits.DEFAULTS;
        if (maxFieldSize != null) {
            limits = limits.withMaxFieldSize((int) size("--max-field-size", maxFieldSize, Integer.MAX_VALUE - 65_536, texts));
        }
        if (maxRecordSize != null) {
            int size = (int) size("--max-record-size", maxRecordSize, Integer.MAX_VALUE, texts);
            if (size < limits.maxFieldSize()) {
                throw usage(texts.format("cli.usage.record-size", maxRecordSize, limits.maxFieldSize()));
            }
            limits = limits.withMaxRecordSize(size);
        }
        if (maxColumns != null) {
            limits = limits.withMaxColumns((int) size("--max-columns", maxColumns, Integer.MAX_VALUE, texts));
        }
        if (maxDecompressedSize != null) {
            limits = limits.withMaxDecompressedSize(size("--max-decompressed-size", maxDecompressedSize, Long.MAX_VALUE, texts));
        }
        if (maxCompressionRatio != null) {
            limits = limits.withMaxCompressionRatio((int) size("--max-compression-ratio", maxCompressionRatio, Integer.MAX_VALUE, texts));
        }
        return limits;
    }

    /**
     * A positive whole number, with an optional binary multiple: {@code 4096}, {@code 64K},
     * {@code 2M}, {@code 8G} (a trailing {@code B} or {@code iB} is allowed).
     */
    private long size(String option, String value, long max, Messages texts) {
        java.util.regex.Matcher m = SIZE.matcher(value.strip());
        long size = -1;
        if (m.matches()) {
            int shift = m.group(2) == null ? 0 : switch (Character.toUpperCase(m.group(2).charAt(0))) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                case 'T' -> 40;
                default -> 0;
            };
            try {
                long number = Long.parseLong(m.group(1));
                size = number > (Long.MAX_VALUE >> shift) ? -1 : number << shift;
            } catch (NumberFormatException e) {
                size = -1;
            }
        }
        if (size < 1 || size > max) {
            throw usage(texts.format("cli.usage.size", value, option, max));
        }
        return size;
    }

    private static final java.util.regex.Pattern SIZE =
            java.util.regex.Pattern.compile("(\\d{1,19})\\s*([kKmMgGtT](?:i?[bB])?|[bB])?");

    private Charset charset(Messages texts) {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw usage(texts.format("cli.usage.encoding", encoding));
        }
    }

    private Character delimiter(Messages texts) {
        if (delimiter == null) {
            return null;
        }
        String value = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (value.length() != 1 || "\"\r\n".indexOf(value.charAt(0)) >= 0) {
            throw usage(texts.format("cli.usage.delimiter", delimiter));
        }
        return value.charAt(0);
    }
}
