package ca.hvd.cli;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.render.ReportFormat;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
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
 * {@code hvd validate}: the conformance report of files against one standard, and an exit code that
 * says whether they conform.
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "validate.format")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "validate.output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", descriptionKey = "validate.fail-on")
    FailOn failOn;

    @Mixin
    LanguageOption language;

    @Option(names = "--max-examples", paramLabel = "N", defaultValue = "5", descriptionKey = "validate.max-examples")
    int maxExamples;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "validate.encoding")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "validate.delimiter")
    String delimiter;

    @Option(names = "--header-line", paramLabel = "N", descriptionKey = "validate.header-line")
    Integer headerLine;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        Language lang = language.language();
        Messages texts = HvdCommand.texts(lang);
        if (maxExamples < 0) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.max-examples"));
        }
        if (headerLine != null && headerLine < 1) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.header-line"));
        }
        SourceOptions source = new SourceOptions(charset(texts), delimiter(texts), headerLine);
        Standard resolved = Selectors.resolve(standards.registry(), standard, spec, texts);
        Profile layout = profile == null ? null : resolved.profile(profile);
        checkConstants(resolved, layout, texts);
        ValidationRequest.Builder request = ValidationRequest.builder(resolved)
                .profile(layout)
                .source(source)
                .failOn(failOn)
                .exampleLimit(maxExamples);
        constants.forEach(request::constant);
        files.forEach(file -> request.dataset(DatasetInput.of(file)));
        ValidationReport report = Validator.validate(request.build());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            format.renderer().render(report, lang, out);
            out.flush();
        } else {
            OutputFile.write(output, files, writer -> format.renderer().render(report, lang, writer));
        }
        return report.conformant() ? ExitCode.OK.code() : ExitCode.NOT_CONFORMANT.code();
    }

    /** Each {@code --set} names a field of the standard, and each of the profile's parameters is set. */
    private void checkConstants(Standard resolved, Profile layout, Messages texts) {
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

    private Charset charset(Messages texts) {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.encoding", encoding));
        }
    }

    private Character delimiter(Messages texts) {
        if (delimiter == null) {
            return null;
        }
        String value = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (value.length() != 1 || "\"\r\n".indexOf(value.charAt(0)) >= 0) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.delimiter", delimiter));
        }
        return value.charAt(0);
    }
}
