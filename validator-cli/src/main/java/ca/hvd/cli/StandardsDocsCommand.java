package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.render.DataDictionary;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hvd standards docs ID[@VERSION]}: the data dictionary of a standard, in Markdown or HTML. */
@Command(name = "docs", mixinStandardHelpOptions = true, sortOptions = false)
final class StandardsDocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", descriptionKey = "option.standard")
    String standard;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown", descriptionKey = "docs.format")
    DataDictionary.Format format;

    @Mixin
    DocumentOptions options;

    @Override
    public Integer call() {
        Language lang = options.language();
        StandardRegistry registry = options.registry();
        Standard documented = options.resolve(registry, standard, spec);
        List<Standard> history = DataDictionary.history(registry, documented.ref().id());
        options.write(spec, out -> DataDictionary.render(documented, history, format, lang, out));
        return ExitCode.OK.code();
    }
}
