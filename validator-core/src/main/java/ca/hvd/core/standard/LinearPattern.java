package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * A regular expression from a standard or a profile (a field's {@code pattern}, a profile's
 * {@code extract}, wide {@code columns} and {@code totalsRow} patterns), matched in time linear in
 * the length of the text: the one place hvd compiles such patterns.
 *
 * <p>Patterns are written in JSON Schema's ECMA-262 syntax and run on RE2/J, which never
 * backtracks. What RE2 cannot do in linear time is refused when the standard is loaded
 * ({@link #problem}): lookahead and lookbehind, back-references, possessive and atomic groups.
 * {@code \}{@code uXXXX} escapes are read as the code point they name. A pattern is also refused
 * when its compiled size could make matching slow despite being linear: more than
 * {@value #MAX_NESTING} nested groups, or more than {@value #MAX_SIZE} elementary steps once
 * counted repetitions are expanded ({@code (a{1000}){1000}} is a million).
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearPattern {

    /** The most elementary steps of a pattern once its counted repetitions are expanded. */
    public static final int MAX_SIZE = 10_000;

    /** The most groups nested in one another. */
    public static final int MAX_NESTING = 100;

    private final String source;
    private final Pattern pattern;

    private LinearPattern(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /**
     * Compiles a pattern that {@link #problem} accepts.
     *
     * @throws IllegalArgumentException when the pattern is refused; loaders report that before
     *                                  anything compiles it
     */
    public static LinearPattern compile(String source) {
        Objects.requireNonNull(source, "source");
        Optional<Message> problem = problem(source);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("refused pattern " + source + ": " + problem.get());
        }
        return new LinearPattern(source, Pattern.compile(Syntax.scan(source).translated()));
    }

    /**
     * Why a pattern cannot be used, or empty when it can: a construct that needs backtracking, a
     * pattern too large or too nested, or one that is not a regular expression at all.
     */
    public static Optional<Message> problem(String source) {
        Syntax syntax = Syntax.scan(source);
        if (syntax.unsupported() != null) {
            return Optional.of(syntax.unsupported());
        }
        if (syntax.depth() > MAX_NESTING) {
            return Optional.of(Message.of("standard.pattern.nested", MAX_NESTING));
        }
        if (syntax.size() > MAX_SIZE) {
            return Optional.of(Message.of("standard.pattern.too-large", syntax.size(), MAX_SIZE));
        }
        try {
            Pattern.compile(syntax.translated());
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(Message.of("standard.pattern.invalid", e.getDescription()));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(Message.of("standard.pattern.invalid", String.valueOf(e.getMessage())));
        }
    }

    /**
     * The first construct of a pattern that RE2 reads but ECMA-262, the dialect of JSON Schema and
     * CSV on the Web patterns, reads otherwise or not at all: inline flags ({@code (?i)},
     * {@code (?s:…)}), {@code \A}, {@code \z}, {@code \Q…\E}, {@code \C}, {@code \a}, {@code \s}
     * and {@code \S} (white space: ASCII for RE2, with the no-break space for ECMA-262),
     * {@code \x{…}}, a one-letter {@code \pL} or a script name {@code \p{Greek}}, Python's named
     * group {@code (?P<name>…)}, a POSIX class {@code [[:alpha:]]}. Empty when there is none; the
     * exports leave such a pattern out rather than give other tools one that means something else.
     */
    public static Optional<String> notEcmaScript(String source) {
        int n = source.length();
        boolean inClass = false;
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = source.charAt(i + 1);
                // \s and \S: RE2's white space is ASCII, ECMA-262's includes the no-break space of French text
                if ("AzQECasS".indexOf(next) >= 0) {
                    return Optional.of(source.substring(i, i + 2));
                }
                int brace = i + 2 < n && source.charAt(i + 2) == '{' ? source.indexOf('}', i + 3) : -1;
                if (next == 'x' && brace > 0) {
                    return Optional.of(source.substring(i, brace + 1));
                }
                if ((next == 'p' || next == 'P') && i + 2 < n) {
                    String name = brace > 0 ? source.substring(i + 3, brace) : null;
                    if (name == null || name.length() > 2 && !name.equals("Any")) {
                        return Optional.of(source.substring(i, brace > 0 ? brace + 1 : i + 3));
                    }
                }
                i++;
            } else if (inClass) {
                int close = c == '[' && i + 1 < n && source.charAt(i + 1) == ':' ? source.indexOf(":]", i + 2) : -1;
                if (close > 0) {
                    return Optional.of(source.substring(i, close + 2));
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                // a ']' right after '[' or '[^' is a literal member
                i += i + 1 < n && source.charAt(i + 1) == '^' ? 1 : 0;
                i += i + 1 < n && source.charAt(i + 1) == ']' ? 1 : 0;
            } else if (c == '(' && i + 2 < n && source.charAt(i + 1) == '?'
                    && (Character.isLetter(source.charAt(i + 2)) || source.charAt(i + 2) == '-')) {
                int end = i + 2;
                while (end < n && (Character.isLetter(source.charAt(end)) || source.charAt(end) == '-')) {
                    end++;
                }
                return Optional.of(source.substring(i, Math.min(n, end + 1)));
            }
        }
        return Optional.empty();
    }

    /** The pattern as written in the definition. */
    public String source() {
        return source;
    }

    /** The number of capturing groups. */
    public int groupCount() {
        return pattern.groupCount();
    }

    /** Whether some part of the text matches (JSON Schema's {@code pattern}: anchor with {@code ^…$} for the whole). */
    public boolean find(CharSequence text) {
        return pattern.matcher(text).find();
    }

    /** Whether the whole text matches. */
    public boolean matchesWhole(CharSequence text) {
        return pattern.matcher(text).matches();
    }

    /**
     * A group of a whole-text match.
     *
     * @param group  the group, 0 for the whole text
     * @param absent what to return when the text matches but the group took no part in the match
     * @return {@code null} when the whole text does not match
     */
    public String wholeMatchGroup(CharSequence text, int group, String absent) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String value = matcher.group(group);
        return value == null ? absent : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinearPattern that && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * One pass over a pattern's text: the RE2 form of its ECMA-262 escapes, the first construct
     * RE2 refuses because it needs backtracking, the deepest nesting of groups and an estimate of
     * the compiled size, counted repetitions expanded. It reads the syntax only as far as those
     * need; RE2/J parses it for real.
     */
    record Syntax(String translated, Message unsupported, int depth, long size) {

        static Syntax scan(String source) {
            StringBuilder out = new StringBuilder(source.length() + 8);
            Message unsupported = null;
            // per open group: the size of its content so far; the bottom frame is the whole pattern
            Deque<long[]> frames = new ArrayDeque<>();
            frames.push(new long[] {0});
            long lastAtom = 0;
            int depth = 0;
            int maxDepth = 0;
            boolean inClass = false;
            int n = source.length();
            for (int i = 0; i < n; i++) {
                char c = source.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    char next = source.charAt(i + 1);
                    if (next == 'u' && isHex(source, i + 2, 4)) {
                        out.append("\\x{").append(source, i + 2, i + 6).append('}');
                        i += 5;
                    } else if (next == 'u' && i + 2 < n && source.charAt(i + 2) == '{') {
                        int close = source.indexOf('}', i + 3);
                        if (close > i + 3 && isHex(source, i + 3, close - i - 3)) {
                            out.append("\\x{").append(source, i + 3, close).append('}');
                            i = close;
                        } else {
                            out.append(c).append(next);
                            i++;
                        }
                    } else {
                        if (!inClass && unsupported == null && (next >= '1' && next <= '9' || next == 'k')) {
                            unsupported = Message.of("standard.pattern.backreference", source.substring(i, Math.min(n, i + 2)));
                        }
                        out.append(c).append(next);
                        i++;
                    }
                    if (!inClass) {
                        lastAtom = 1;
                        frames.peek()[0] += 1;
                    }
                    continue;
                }
                out.append(c);
                if (inClass) {
                    if (c == ']') {
                        inClass = false;
                    }
                    continue;
                }
                switch (c) {
                    case '[' -> {
                        inClass = true;
                        // a ']' right after '[' or '[^' is a literal member
                        if (i + 1 < n && source.charAt(i + 1) == '^') {
                            out.append('^');
                            i++;
                        }
                        if (i + 1 < n && source.charAt(i + 1) == ']') {
                            out.append(']');
                            i++;
                        }
                        lastAtom = 1;
                        frames.peek()[0] += 1;
                    }
                    case '(' -> {
                        if (unsupported == null) {
                            unsupported = groupProblem(source, i);
                        }
                        frames.push(new long[] {0});
                        depth++;
                        maxDepth = Math.max(maxDepth, depth);
                    }
                    case ')' -> {
                        if (frames.size() > 1) {
                            long inner = frames.pop()[0] + 2;
                            frames.peek()[0] = saturated(frames.peek()[0] + inner);
                            lastAtom = inner;
                            depth--;
                        }
                    }
                    case '{' -> {
                        int close = source.indexOf('}', i);
                        long bound = close < 0 ? -1 : repeatBound(source.substring(i + 1, close));
                        if (bound >= 0) {
                            frames.peek()[0] = saturated(frames.peek()[0] + saturated(lastAtom * bound));
                            out.append(source, i + 1, close + 1);
                            if (unsupported == null && close + 1 < n && source.charAt(close + 1) == '+') {
                                unsupported = Message.of("standard.pattern.possessive", source.substring(i, close + 2));
                            }
                            i = close;
                        } else {
                            lastAtom = 1;
                            frames.peek()[0] += 1;
                        }
                    }
                    case '*', '+', '?' -> {
                        frames.peek()[0] += 1;
                        if (unsupported == null && i + 1 < n && source.charAt(i + 1) == '+'
                                && !(c == '?' && i > 0 && source.charAt(i - 1) == '(')) {
                            unsupported = Message.of("standard.pattern.possessive", source.substring(i, i + 2));
                        }
                    }
                    default -> {
                        lastAtom = 1;
                        frames.peek()[0] += 1;
                    }
                }
            }
            long size = 0;
            while (!frames.isEmpty()) {
                size = saturated(size + frames.pop()[0]);
            }
            return new Syntax(out.toString(), unsupported, maxDepth, size);
        }

        /** Lookaround and atomic groups, which need backtracking; named groups and others are left to RE2. */
        private static Message groupProblem(String source, int open) {
            String rest = source.substring(open, Math.min(source.length(), open + 4));
            if (rest.startsWith("(?=") || rest.startsWith("(?!") || rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
                return Message.of("standard.pattern.lookaround", rest.startsWith("(?<") ? rest : rest.substring(0, 3));
            }
            if (rest.startsWith("(?>")) {
                return Message.of("standard.pattern.possessive", "(?>");
            }
            return null;
        }

        /** The largest count of a {@code {n}}, {@code {n,}} or {@code {n,m}} (one more for {@code {n,}}), or -1 when it is none. */
        private static long repeatBound(String inside) {
            int comma = inside.indexOf(',');
            String low = comma < 0 ? inside : inside.substring(0, comma);
            String high = comma < 0 ? inside : inside.substring(comma + 1);
            if (!isDigits(low) || !high.isEmpty() && !isDigits(high)) {
                return -1;
            }
            if (high.isEmpty()) {
                return Math.min(Long.parseLong(low.length() > 9 ? "999999999" : low) + 1, 1_000_000_000L);
            }
            return Long.parseLong(high.length() > 9 ? "999999999" : high);
        }

        private static boolean isDigits(String text) {
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isHex(String text, int from, int count) {
            if (count < 1 || count > 6 || from + count > text.length()) {
                return false;
            }
            for (int i = from; i < from + count; i++) {
                if (Character.digit(text.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static long saturated(long value) {
            return value < 0 || value > Integer.MAX_VALUE ? Integer.MAX_VALUE : value;
        }
    }
}
