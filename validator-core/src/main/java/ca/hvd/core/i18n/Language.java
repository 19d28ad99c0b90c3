package ca.hvd.core.i18n;

import java.util.Locale;

/** The two languages every message, title and report of hvd exists in. */
public enum Language {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale used to format messages and numbers in this language. */
    public Locale locale() {
        return locale;
    }

    /** The lower-case code, {@code en} or {@code fr}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a locale: French for any French locale, English otherwise.
     *
     * @param locale a locale, typically {@link Locale#getDefault()}
     * @return {@link #FR} when the locale's language is French, else {@link #EN}
     */
    public static Language of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FR : EN;
    }

    /**
     * Parses {@code en} or {@code fr}, ignoring case.
     *
     * @throws IllegalArgumentException for any other code
     */
    public static Language parse(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en or fr)");
    }
}
