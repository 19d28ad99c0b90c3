package ca.hvd.core.i18n;

import java.util.Objects;

/**
 * A text given in both languages, as standards give their titles, descriptions and rule messages.
 *
 * @param en the English text
 * @param fr the French text
 */
public record LocalizedText(String en, String fr) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fr, "fr");
    }

    /** The same text in both languages (for names that do not translate). */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    /** The text in the given language. */
    public String in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
