package ca.hvd.cli;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardTemplate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd template ID[@VERSION] [--profile NAME]}: a CSV file to start a dataset from, the
 * standard's header (or the profile's layout) and one row of examples; it validates as is.
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", descriptionKey = "option.standard")
    String standard;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME", descriptionKey = "template.profile")
    String profile;

    @Mixin
    DocumentOptions options;

    @Override
    public Integer call() {
        Messages texts = options.texts();
        Standard resolved = options.resolve(options.registry(), standard, spec);
        Profile layout = profile == null ? null : resolved.profile(profile);
        StandardTemplate template = StandardTemplate.of(resolved, layout);
        options.write(spec, out -> out.write(template.spreadsheetSafeCsv()));
        if (!template.parameters().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(texts.format("template.parameters", layout.name(), template.parameters().entrySet().stream()
                    .map(entry -> "--set " + entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" "))));
            err.flush();
        }
        return ExitCode.OK.code();
    }
}
