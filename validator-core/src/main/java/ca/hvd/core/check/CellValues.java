package ca.hvd.core.check;

import ca.hvd.core.source.InvalidCharacters;
import ca.hvd.core.standard.Constraints;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * How a cell's text is read as a value of a field type. The same rules turn a row into JSON for
 * JSON Schema tools (see {@code docs/standard-format.md}, "From cells to JSON"), so the compiled
 * checks and a JSON Schema validator agree.
 */
public final class CellValues {

    /** Texts up to this length are read whole by {@link #compare}: {@link BigDecimal} reads them at once. */
    private static final int SHORT_NUMBER = 64;

    private CellValues() {
    }

    /** Whether a character is white space that surrounds a value: Unicode white space and no-break spaces. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || Character.isWhitespace(c);
    }

    /** The value without surrounding white space; the same instance when there is none. */
    public static String trim(String raw) {
        int end = raw.length();
        if (end == 0) {
            return raw;
        }
        char first = raw.charAt(0);
        char last = raw.charAt(end - 1);
        if (first > ' ' && first < 0x7F && last > ' ' && last < 0x7F) {
            return raw;
        }
        int start = 0;
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    /** Whether a character should never appear in a value ({@link InvalidCharacters}). */
    public static boolean isInvalidCharacter(char c) {
        return InvalidCharacters.is(c);
    }

    /**
     * Whether the text holds an {@link #isInvalidCharacter invalid character}. A first pass without
     * an early exit or branch clears most texts at once, those of printable Latin-1 (no control
     * character, nothing past U+00FF); others are looked at character by character.
     */
    public static boolean hasInvalidCharacter(String text) {
        int length = text.length();
        int least = 0xFFFF;
        int bits = 0;
        int controls = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            least = Math.min(least, c);
            bits |= c;
            controls |= (((c - 0x7F) >>> 31) ^ 1) & (((0x9F - c) >>> 31) ^ 1);
        }
        if (least >= 0x20 && bits <= 0xFF && controls == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (isInvalidCharacter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is an integer: an optional sign then digits. */
    public static boolean isInteger(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (i == length) {
            return false;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The integer value of a text for which {@link #isInteger} holds. */
    public static BigInteger integer(String text) {
        return new BigInteger(text.charAt(0) == '+' ? text.substring(1) : text);
    }

    /**
     * Whether the text is a decimal number: an optional sign, digits with an optional fraction (or a
     * fraction alone), and an optional exponent. No thousands separators, no decimal comma.
     */
    public static boolean isNumber(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(text.charAt(i)) && exponentDigits < 9) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }

    /**
     * The value of a text for which {@link #isNumber} holds. {@link BigDecimal} reads digits in time
     * quadratic in their number: for a text of unknown length, {@link #compare} decides what the
     * checks need in linear time.
     */
    public static BigDecimal number(String text) {
        return new BigDecimal(text.charAt(0) == '+' ? text.substring(1) : text);
    }

    /**
     * The sign of a number minus a bound, as {@code number(text).compareTo(bound)} gives it, in time
     * linear in the text whatever its length (a cell may hold a million digits).
     *
     * <p>A long text is read as its first {@code bound.precision() + 2} significant digits,
     * truncated toward zero, and whether a digit that is not 0 was left out. The truncated number
     * lies on a grid a hundred times finer than any number of the bound's precision at its magnitude, so
     * no such number lies strictly between it and the text's number: when it differs from the bound
     * the text's number is on the same side; when it equals the bound, the digits left out decide.
     *
     * @param text  a text for which {@link #isNumber} holds (an integer too)
     * @param bound the number compared with
     */
    public static int compare(String text, BigDecimal bound) {
        if (text.length() <= SHORT_NUMBER) {
            return Integer.signum(number(text).compareTo(bound));
        }
        int length = text.length();
        char first = text.charAt(0);
        boolean negative = first == '-';
        int i = negative || first == '+' ? 1 : 0;
        int keep = bound.precision() + 2;
        StringBuilder kept = new StringBuilder(keep);
        boolean dropped = false;
        // the power of ten of the digit at i: digits before the point count down to 0, after it on below
        long power = -1;
        for (int j = i; j < length && isDigit(text.charAt(j)); j++) {
            power++;
        }
        long lastPower = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            if (!isDigit(c)) {
                break;
            }
            if (kept.length() < keep) {
                if (c != '0' || kept.length() > 0) {
                    kept.append(c);
                    lastPower = power;
                }
            } else if (c != '0') {
                dropped = true;
            }
            power--;
        }
        if (kept.length() == 0) {
            return Integer.signum(BigDecimal.ZERO.compareTo(bound));
        }
        long exponent = i < length ? Long.parseLong(text, i + 1, length, 10) : 0;
        BigDecimal truncated = new BigDecimal(new BigInteger(kept.toString()), Math.toIntExact(-(lastPower + exponent)));
        int c = (negative ? truncated.negate() : truncated).compareTo(bound);
        return c != 0 || !dropped ? Integer.signum(c) : negative ? -1 : 1;
    }

    /**
     * Whether a number is within a field's range ({@code minimum}, {@code maximum}, each inclusive
     * or not), in time linear in the text ({@link #compare}).
     *
     * @param text a text for which {@link #isNumber} holds
     */
    public static boolean inRange(String text, Constraints range) {
        if (range.minimum() != null) {
            int c = compare(text, range.minimum());
            if (c < 0 || c == 0 && range.exclusiveMinimum()) {
                return false;
            }
        }
        if (range.maximum() != null) {
            int c = compare(text, range.maximum());
            return c < 0 || c == 0 && !range.exclusiveMaximum();
        }
        return true;
    }

    /** Whether the text is {@code true} or {@code false}, in any case. */
    public static boolean isBoolean(String text) {
        return "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
    }

    /** Whether the text is a calendar date {@code YYYY-MM-DD} (RFC 3339 full-date). */
    public static boolean isDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        try {
            LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The number of Unicode code points, as JSON Schema counts a string's length. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
