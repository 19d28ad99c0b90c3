package ca.hvd.core.report;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Orders the texts of numbers by their value, without parsing them: {@code "9"} before {@code "10"},
 * {@code "-2"} before {@code "-1.5"}. Texts of equal value ({@code "7"}, {@code "07"},
 * {@code "+7"}, {@code "7.0"}) are ordered by their characters, so that only equal texts compare
 * equal, as a sorted map's keys must.
 *
 * <p>Texts are read as {@code CellValues.isNumber} accepts them: an optional sign, digits with an
 * optional fraction, an optional exponent. A text with an exponent, or one that is not a number,
 * is compared as a {@link BigDecimal} when both are numbers, else by its characters after every
 * number; the common case (no exponent) costs a scan of the two texts.
 */
final class NumericTextOrder implements Comparator<String> {

    static final NumericTextOrder INSTANCE = new NumericTextOrder();

    private NumericTextOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (isNatural(a) && isNatural(b)) {
            // the common case, counts and years: digits without a sign or a leading zero
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (a.equals(b)) {
            return 0;
        }
        int byValue = compareValues(a, b);
        return byValue != 0 ? byValue : a.compareTo(b);
    }

    /** Whether a text is a positive whole number written without a sign or a leading zero. */
    private static boolean isNatural(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) < '1' || text.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The order of the values of two texts, 0 when equal (or both not numbers). */
    private static int compareValues(String a, String b) {
        boolean plainA = isPlain(a);
        boolean plainB = isPlain(b);
        if (!plainA || !plainB) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            if (x == null || y == null) {
                return x != null ? -1 : y != null ? 1 : 0;
            }
            return x.compareTo(y);
        }
        boolean negativeA = a.charAt(0) == '-' && !isZero(a);
        boolean negativeB = b.charAt(0) == '-' && !isZero(b);
        if (negativeA != negativeB) {
            return negativeA ? -1 : 1;
        }
        int magnitude = compareMagnitudes(a, b);
        return negativeA ? -magnitude : magnitude;
    }

    /** Compares the absolute values of two plain numbers: integer digits first, then digit by digit. */
    private static int compareMagnitudes(String a, String b) {
        int startA = firstSignificant(a);
        int startB = firstSignificant(b);
        int wholeA = wholeEnd(a) - startA;
        int wholeB = wholeEnd(b) - startB;
        if (wholeA != wholeB) {
            return Integer.compare(wholeA, wholeB);
        }
        int i = startA;
        int j = startB;
        while (i < a.length() || j < b.length()) {
            char x = i < a.length() ? a.charAt(i) : '0';
            char y = j < b.length() ? b.charAt(j) : '0';
            // the decimal points are at the same place: both are passed together
            if (x == '.' && y == '.' || x == '.' && j >= b.length() || y == '.' && i >= a.length()) {
                i++;
                j++;
                continue;
            }
            if (x != y) {
                return Character.compare(x, y);
            }
            i++;
            j++;
        }
        return 0;
    }

    /** The index of the first digit after the sign and leading zeros of the whole part. */
    private static int firstSignificant(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        while (i < text.length() && text.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    /** The index just after the whole part's digits. */
    private static int wholeEnd(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? text.length() : dot;
    }

    /** Whether a plain number's digits are all zeros. */
    private static boolean isZero(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is a number without an exponent: an optional sign, digits, an optional fraction. */
    private static boolean isPlain(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** The value of a number with an exponent, or {@code null} for a text that is not a number (without the cost of an exception). */
    private static BigDecimal decimal(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0 ? !isPlain(text) : !isPlain(text.substring(0, e)) || !isExponent(text, e + 1)) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException overflow) {
            // an exponent beyond what BigDecimal holds: not a number it can order
            return null;
        }
    }

    /** Whether the text from {@code from} is an exponent's digits, after an optional sign. */
    private static boolean isExponent(String text, int from) {
        int i = from < text.length() && (text.charAt(from) == '-' || text.charAt(from) == '+') ? from + 1 : from;
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
