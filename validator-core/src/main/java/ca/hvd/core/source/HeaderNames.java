package ca.hvd.core.source;

import java.text.Normalizer;
import java.util.Locale;

/** How header cells are compared with field names and aliases. */
public final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * The comparable form of a header name: accents removed, lower case, and only letters and
     * digits kept, so that {@code " Année "}, {@code "annee"} and {@code "ANNÉE:"} are equal, as are
     * {@code "First Name"} and {@code "first_name"}.
     */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder normal = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(cp -> Character.toLowerCase(cp))
                .forEach(normal::appendCodePoint);
        return normal.toString().toLowerCase(Locale.ROOT);
    }
}
