package ca.hvd.core.check;

import ca.hvd.core.standard.LinearPattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A regular expression that is a sequence of single-character classes with counts, such as
 * {@code ^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$} or
 * {@code ^[0-9]{7}$}, matched without a matcher object: most patterns of standards are of this
 * kind, and a matcher per cell costs more than the match.
 *
 * <p>{@link #find} answers exactly what {@link LinearPattern#find} (RE2/J, which every pattern of a
 * standard goes through) answers: for such an expression, whether some match exists does not depend
 * on the order in which counts are tried, so the set of positions reachable after each element is
 * computed instead (a bit per position, hence texts of at most {@value #MAX_LENGTH} characters).
 * {@code ^} matches only at the start and {@code $} only at the end, as in ECMA-262 and RE2 without
 * flags (not before a final line terminator, as {@code java.util.regex} would); {@code \s} is RE2's
 * {@code [\t\n\f\r ]}, without the vertical tab. A text that is longer, or that holds a surrogate
 * (which RE2/J matches as one code point), is left to the {@link LinearPattern}.
 *
 * <p>The subset: literal characters (letters, digits, and escaped punctuation such as {@code \.}),
 * classes {@code [...]} and {@code [^...]} of characters and ranges, {@code \d}, {@code \w},
 * {@code \s} and their negations, each followed by nothing, {@code ?}, {@code *}, {@code +},
 * {@code {n}}, {@code {n,}} or {@code {n,m}}; {@code ^} first and {@code $} last, each optional.
 * Anything else (groups, alternation, {@code .}, lazy or possessive counts, flags, properties,
 * nested classes) makes {@link #compile} answer empty, and so does a pattern that
 * {@link LinearPattern} refuses.
 */
final class CharPattern {

    /** The longest text matched here; longer ones go to the {@link LinearPattern}. */
    static final int MAX_LENGTH = 63;

    private static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * One element: a set of characters (its Latin-1 part as four 64-bit words), matched from
     * {@code min} to {@code max} times.
     */
    private record Element(long w0, long w1, long w2, long w3, boolean negated, boolean outsideLatin, int min, int max) {

        Element(BitSet latin, boolean negated, boolean outsideLatin, int min, int max) {
            this(word(latin, 0), word(latin, 1), word(latin, 2), word(latin, 3), negated, outsideLatin, min, max);
        }

        private static long word(BitSet set, int index) {
            long[] words = set.toLongArray();
            return index < words.length ? words[index] : 0;
        }

        /** Whether a character (never a surrogate) is in the set. */
        boolean has(char c) {
            boolean in;
            if (c < 256) {
                long word = c < 128 ? (c < 64 ? w0 : w1) : (c < 192 ? w2 : w3);
                in = (word >>> (c & 63) & 1) != 0;
            } else {
                in = outsideLatin;
            }
            return in != negated;
        }
    }

    private final Element[] elements;
    private final boolean start;
    private final boolean end;
    private final LinearPattern fallback;

    private CharPattern(List<Element> elements, boolean start, boolean end, LinearPattern fallback) {
        this.elements = elements.toArray(new Element[0]);
        this.start = start;
        this.end = end;
        this.fallback = fallback;
    }

    /** The pattern, when the expression is in the subset. */
    static Optional<CharPattern> compile(String regex) {
        try {
            LinearPattern fallback = LinearPattern.compile(regex);
            return Optional.ofNullable(new Parser(regex).parse(fallback));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the expression matches somewhere in the text, as {@link LinearPattern#find} says. */
    boolean find(String text) {
        int length = text.length();
        if (length > MAX_LENGTH) {
            return fallback.find(text);
        }
        int bits = 0;
        for (int i = 0; i < length; i++) {
            bits |= text.charAt(i);
        }
        if (bits >= Character.MIN_SURROGATE) {
            for (int i = 0; i < length; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    return fallback.find(text);
                }
            }
        }
        long all = length == 63 ? -1L : (1L << (length + 1)) - 1;
        long positions = start ? 1L : all;
        for (Element element : elements) {
            long next = 0;
            for (long left = positions; left != 0; left &= left - 1) {
                int from = Long.numberOfTrailingZeros(left);
                int run = 0;
                int most = Math.min(element.max(), length - from);
                while (run < most && element.has(text.charAt(from + run))) {
                    run++;
                }
                for (int count = element.min(); count <= run; count++) {
                    next |= 1L << (from + count);
                }
            }
            positions = next;
            if (positions == 0) {
                return false;
            }
        }
        if (!end) {
            return true;
        }
        // $ matches at the end of the text only
        return (positions & 1L << length) != 0;
    }

    /** Reads the subset; throws {@link IllegalArgumentException} on anything outside it. */
    private static final class Parser {
        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        CharPattern parse(LinearPattern fallback) {
            boolean start = take('^');
            List<Element> elements = new ArrayList<>();
            boolean end = false;
            while (at < regex.length()) {
                if (regex.charAt(at) == '$' && at == regex.length() - 1) {
                    at++;
                    end = true;
                    break;
                }
                elements.add(element());
            }
            return new CharPattern(elements, start, end, fallback);
        }

        private Element element() {
            char c = regex.charAt(at++);
            BitSet set = new BitSet(256);
            boolean negated = false;
            boolean outside = false;
            if (c == '[') {
                negated = take('^');
                boolean first = true;
                while (true) {
                    if (at >= regex.length()) {
                        throw new IllegalArgumentException("unclosed class");
                    }
                    char d = regex.charAt(at);
                    if (d == ']') {
                        if (first) {
                            throw new IllegalArgumentException("a class that starts with ]");
                        }
                        at++;
                        break;
                    }
                    first = false;
                    if (d == '[' || d == '&' || d == '^') {
                        throw new IllegalArgumentException("nested class, intersection or ^ inside a class");
                    }
                    at++;
                    if (d == '\\') {
                        int shorthand = shorthand(set);
                        if (shorthand == 1) {
                            throw new IllegalArgumentException("a negated shorthand inside a class");
                        }
                        if (shorthand == 0) {
                            continue;
                        }
                        d = escaped();
                    }
                    if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                        at++;
                        char to = regex.charAt(at++);
                        if (to == '\\') {
                            to = escaped();
                        } else if (to == '[') {
                            throw new IllegalArgumentException("nested class");
                        }
                        if (to < d) {
                            throw new IllegalArgumentException("empty range");
                        }
                        outside |= add(set, d, to);
                    } else {
                        outside |= add(set, d, d);
                    }
                }
                if (outside) {
                    throw new IllegalArgumentException("characters beyond U+00FF in a class");
                }
            } else if (c == '\\') {
                int shorthand = shorthand(set);
                if (shorthand < 0) {
                    char literal = escaped();
                    add(set, literal, literal);
                } else {
                    // \D \W \S: the complement of the class just read
                    negated = shorthand == 1;
                }
            } else if (Character.isLetterOrDigit(c) && c < 128 || c == ' ' || c == '-' || c == ',' || c == '/'
                    || c == ':' || c == '_' || c == '\'' || c == '@' || c == '#' || c == '%' || c == '&' || c == '=') {
                add(set, c, c);
            } else {
                throw new IllegalArgumentException("not in the subset: " + c);
            }
            int min = 1;
            int max = 1;
            if (at < regex.length()) {
                char q = regex.charAt(at);
                if (q == '?') {
                    at++;
                    min = 0;
                } else if (q == '*') {
                    at++;
                    min = 0;
                    max = UNBOUNDED;
                } else if (q == '+') {
                    at++;
                    max = UNBOUNDED;
                } else if (q == '{') {
                    at++;
                    min = number();
                    if (take(',')) {
                        max = at < regex.length() && regex.charAt(at) == '}' ? UNBOUNDED : number();
                    } else {
                        max = min;
                    }
                    if (!take('}') || max < min) {
                        throw new IllegalArgumentException("bad count");
                    }
                }
                if (max != 1 || min != 1) {
                    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+'
                            || regex.charAt(at) == '*' || regex.charAt(at) == '{')) {
                        throw new IllegalArgumentException("lazy, possessive or repeated count");
                    }
                }
            }
            return new Element(set, negated, outside, min, max);
        }

        /**
         * After a backslash: a shorthand class added to the set ({@code \d \w \s}: 0; their
         * negations {@code \D \W \S}: 1, the set then holding the class itself), else -1 and nothing read.
         */
        private int shorthand(BitSet set) {
            char c = regex.charAt(at);
            int negated = Character.isUpperCase(c) ? 1 : 0;
            switch (Character.toLowerCase(c)) {
                case 'd' -> add(set, '0', '9');
                case 'w' -> {
                    add(set, 'a', 'z');
                    add(set, 'A', 'Z');
                    add(set, '0', '9');
                    add(set, '_', '_');
                }
                case 's' -> {
                    // RE2's \s: tab, line feed, form feed, carriage return and space; not the vertical tab
                    add(set, ' ', ' ');
                    add(set, '\t', '\n');
                    add(set, '\f', '\r');
                }
                default -> {
                    return -1;
                }
            }
            at++;
            return negated;
        }

        /** An escaped punctuation character (a letter or digit after a backslash means something else). */
        private char escaped() {
            char c = regex.charAt(at++);
            if (Character.isLetterOrDigit(c) || c >= 128) {
                throw new IllegalArgumentException("escape not in the subset");
            }
            return c;
        }

        private int number() {
            int from = at;
            while (at < regex.length() && Character.isDigit(regex.charAt(at)) && regex.charAt(at) < 128) {
                at++;
            }
            if (at == from || at - from > 6) {
                throw new IllegalArgumentException("bad count");
            }
            return Integer.parseInt(regex, from, at, 10);
        }

        private boolean take(char c) {
            if (at < regex.length() && regex.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        /** Adds a range of characters; returns whether part of it is beyond U+00FF. */
        private static boolean add(BitSet set, char from, char to) {
            if (from <= 255) {
                set.set(from, Math.min(to, 255) + 1);
            }
            return to > 255;
        }
    }
}
