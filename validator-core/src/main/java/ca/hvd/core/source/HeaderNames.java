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
        String ascii = asciiNormal(name);
        if (ascii != null) {
            return ascii;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder normal = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(cp -> Character.toLowerCase(cp))
                .forEach(normal::appendCodePoint);
        return normal.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The comparable form of a name made of ASCII alone, which decomposition leaves as it is: its
     * letters and digits in lower case; {@code null} for any other name. Detection compares the
     * cells of the sample's first records with every delimiter tried, before any of this is compiled.
     */
    private static String asciiNormal(String name) {
        StringBuilder normal = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                normal.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                normal.append((char) (c + ('a' - 'A')));
            }
        }
        return normal.toString();
    }
}
