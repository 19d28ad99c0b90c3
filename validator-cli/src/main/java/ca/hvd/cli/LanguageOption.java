package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang en|fr}: the language of reports and messages; default from the system locale. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|fr", descriptionKey = "option.lang",
            converter = LanguageConverter.class, completionCandidates = Codes.class)
    Language language;

    /** The language chosen, else the system locale's. */
    Language language() {
        return language != null ? language : Language.of(Locale.getDefault());
    }

    /**
     * The language named by {@code --lang} anywhere in the arguments, else the system locale's: used
     * for help and usage errors, before the command line is parsed.
     */
    static Language scan(String... args) {
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
        return Language.of(Locale.getDefault());
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
