package ca.hvd.core.report.render;

/**
 * Makes text from the data safe in each output: a value or header of a CSV file may hold anything,
 * and must show as text, never act as markup or as a terminal command. Public for programs that
 * print such text to a terminal themselves (the command line's messages on standard error).
 */
public final class Escape {

    private Escape() {
    }

    /**
     * Control characters (C0, DEL, C1, the line and paragraph separators) and the marks, embeddings,
     * overrides and isolates of bidirectional text (U+061C, U+200E, U+200F, U+202A to U+202E,
     * U+2066 to U+2069) as {@code \\uXXXX}, so a value cannot drive a terminal, break a line or a
     * table row, show its characters in another order than they have (U+202E turns {@code
     * txt.exe} around), or be illegal in XML 1.0.
     */
    public static String controls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                    || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c) && !pairedSurrogate(text, i)
                    || c >= '\u061C' && isBidiControl(c);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Text for HTML or XML, in element content or a quoted attribute: controls, then {@code & < > " '}. */
    static String markup(String text) {
        return replace(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        });
    }

    /**
     * Text for a GitHub-flavoured Markdown table cell, shown literally: controls (so line breaks
     * cannot end the row), then {@code |}, backslash and the characters that would start emphasis,
     * code, links or HTML are escaped.
     */
    static String markdown(String text) {
        return replace(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '|', '\\', '`', '*', '_', '[', ']', '~', '#', '!' -> "\\" + c;
            default -> null;
        });
    }

    /** The text with controls escaped, then each character the function replaces (non-null) replaced. */
    private static String replace(String text, java.util.function.Function<Character, String> replacement) {
        String safe = controls(text);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            String replaced = replacement.apply(c);
            if (replaced == null) {
                out.append(c);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    /** A text cut to a width with an ellipsis, never between the two halves of a surrogate pair. */
    static String cut(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int end = Math.max(0, width - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
