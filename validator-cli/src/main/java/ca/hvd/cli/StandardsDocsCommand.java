package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown", descriptionKey = "docs.format",
            completionCandidates = Formats.class)
    DataDictionary.Format format;

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
        Standard documented = Selectors.resolve(registry, standard, spec, texts);
        List<Standard> history = DataDictionary.history(registry, documented.ref().id());
        output.write(spec, texts, out -> DataDictionary.render(documented, history, format, lang, out));
        return ExitCode.OK.code();
    }

    /** The formats {@code --format} accepts, as listed in usage errors. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(DataDictionary.Format.values()).map(DataDictionary.Format::label).iterator();
        }
    }
}
