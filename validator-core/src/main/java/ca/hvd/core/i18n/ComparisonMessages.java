package ca.hvd.core.i18n;

import java.util.EnumMap;
import java.util.Map;

/**
 * The texts of comparison reports ({@code hvd compare}, {@code hvd harmonize}):
 * {@code compare_en.properties} and {@code compare_fr.properties} beside {@link Messages}, kept apart
 * from the conformance messages; keys they lack are rendered with the library's messages.
 */
public final class ComparisonMessages {

    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private ComparisonMessages() {
    }

    /** The comparison texts of a language; cached and thread-safe. */
    public static Messages of(Language language) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(language, l -> Messages.load(Messages.class, "compare", l));
        }
    }

    /** A text built from the comparison texts, once in each language. */
    public static LocalizedText both(java.util.function.Function<Messages, String> text) {
        return new LocalizedText(text.apply(of(Language.EN)), text.apply(of(Language.FR)));
    }
}
