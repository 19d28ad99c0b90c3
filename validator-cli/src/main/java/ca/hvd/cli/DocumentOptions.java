package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The options every command that writes one document about standards shares: {@code -o FILE},
 * {@code --standards-dir}, {@code --lang} and {@code --verbose}, and what they give: the registry,
 * the language and its texts, and where the document goes.
 */
final class DocumentOptions {

    @Mixin
    OutputOption output;

    @Mixin
    StandardsOption standards;

    @Mixin
    LanguageOption languageOption;

    @Mixin
    VerboseOption verbose;

    /** The command these options are mixed into. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Language language() {
        return languageOption.language(command);
    }

    Messages texts() {
        return HvdCommand.texts(language());
    }

    StandardRegistry registry() {
        return standards.registry();
    }

    /** The standard {@code ID[@VERSION]} names, a malformed selector being a usage error. */
    Standard resolve(StandardRegistry registry, String selector, CommandSpec spec) {
        return Selectors.resolve(registry, selector, spec, texts());
    }

    /** Writes the document to {@code --output}, else to standard output; never into a standards directory. */
    void write(CommandSpec spec, OutputFile.Content content) {
        write(spec, List.of(), content);
    }

    /**
     * Writes the document to {@code --output}, else to standard output; never into a standards
     * directory nor into a folder the command reads (the folder {@code standards lint} checks).
     */
    void write(CommandSpec spec, List<Path> read, OutputFile.Content content) {
        List<Path> folders = new ArrayList<>(standards.directories);
        folders.addAll(read);
        output.write(spec, texts(), folders, content);
    }
}
