package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|fr}: the language of reports and messages; default the system's
 * ({@link Environment#language()}).
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|fr", descriptionKey = "option.lang",
            converter = LanguageConverter.class, completionCandidates = Codes.class)
    Language language;

    /**
     * The language chosen, else the system's.
     *
     * @param command the command running (its root holds the {@link Environment})
     */
    Language language(CommandSpec command) {
        return language != null ? language : HvdCommand.environment(command).language();
    }

    /**
     * The language named by {@code --lang} anywhere in the arguments, else the system's: used for
     * help and usage errors, before the command line is parsed.
     */
    static Language scan(Environment environment, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : "--lang".equals(arg) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Language.parse(value);
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        return environment.language();
    }

    /** The codes {@code --lang} accepts, as listed in usage errors. */
    static final class Codes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Language.values()).map(Language::code).iterator();
        }
    }

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value);
        }
    }
}
