package ca.hvd.core.report.render;

import ca.hvd.core.standard.LinearPattern;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A standard's patterns (ECMAScript regular expressions that a value must <em>contain</em> a match
 * of, as in JSON Schema) rewritten for formats that read patterns otherwise: Frictionless Table
 * Schema (XML Schema regular expressions, matched against the whole value) and CSV on the Web
 * (ECMAScript, matched against the whole value).
 */
final class Patterns {

    /** The escapes XML Schema regular expressions know besides escaped metacharacters. */
    private static final String XSD_ESCAPES = "nrtsSdDwWpP\\|.-^?*+{}()[]";

    private Patterns() {
    }

    /**
     * The pattern as an XML Schema regular expression matched against the whole value, or empty when
     * it uses what XML Schema lacks: anchors other than a leading {@code ^} and a trailing {@code $},
     * top-level alternation under anchors, groups starting {@code (?}, lazy quantifiers,
     * back-references, word boundaries and escapes such as {@code \\u}. Note that {@code \\d} and
     * {@code \\w} match more than ASCII in XML Schema.
     */
    static Optional<String> xsd(String pattern) {
        if (portable(pattern).isEmpty()) {
            return Optional.empty();
        }
        Anchors anchors = Anchors.of(pattern);
        String body = anchors.body();
        if (!xsdCompatible(body) || (anchors.start() || anchors.end()) && topLevelAlternation(body)) {
            return Optional.empty();
        }
        String xsd = anchors.start() && anchors.end() ? body : (anchors.start() ? "" : ".*") + "(" + body + ")" + (anchors.end() ? "" : ".*");
        return Optional.of(xsd);
    }

    /**
     * The pattern, when ECMAScript reads it as hvd does; empty when it uses what only RE2 reads
     * ({@code (?i)}, {@code \z}, …: {@link LinearPattern#notEcmaScript}), which the exports leave out.
     */
    static Optional<String> portable(String pattern) {
        return pattern == null || LinearPattern.notEcmaScript(pattern).isPresent() ? Optional.empty() : Optional.of(pattern);
    }

    /** The pattern as an ECMAScript regular expression a whole value must match, with the meaning it has in a standard. */
    static String whole(String pattern) {
        Anchors anchors = Anchors.of(pattern);
        if (anchors.start() && anchors.end() && !topLevelAlternation(anchors.body())) {
            return pattern;
        }
        return "^[\\s\\S]*?(?:" + pattern + ")[\\s\\S]*$";
    }

    /** A lookahead that holds where the pattern finds a match in the value, for use at the start of a whole-value pattern. */
    static String lookahead(String pattern) {
        return "(?=[\\s\\S]*?(?:" + pattern + "))";
    }

    /** An alternation of literal codes, each escaped, for an ECMAScript or XML Schema pattern. */
    static String codes(Collection<String> codes) {
        return codes.stream().map(Patterns::literal).collect(Collectors.joining("|"));
    }

    /** Text as a literal in both ECMAScript and XML Schema regular expressions. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean xsdCompatible(String body) {
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length() || XSD_ESCAPES.indexOf(body.charAt(i + 1)) < 0) {
                    return false;
                }
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '^', '$' -> {
                    return false;
                }
                case '(' -> {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '?') {
                        return false;
                    }
                }
                case '*', '+', '?', '}' -> {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '?') {
                        return false;
                    }
                }
                default -> {
                    // an ordinary character
                }
            }
        }
        return !inClass;
    }

    /** Whether the pattern has a {@code |} outside groups and classes. */
    private static boolean topLevelAlternation(String body) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** A pattern without its leading {@code ^} and trailing unescaped {@code $}, and which of them it had. */
    private record Anchors(boolean start, boolean end, String body) {
        static Anchors of(String pattern) {
            boolean start = pattern.startsWith("^");
            boolean end = pattern.endsWith("$") && !escaped(pattern, pattern.length() - 1);
            String body = pattern.substring(start ? 1 : 0, Math.max(start ? 1 : 0, pattern.length() - (end ? 1 : 0)));
            return new Anchors(start, end, body);
        }

        private static boolean escaped(String text, int index) {
            int backslashes = 0;
            for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }
    }
}
