package ca.hvd.core.standard;

/**
 * The quality checks a standard asks of a text field beyond its JSON Schema constraints, for values
 * people type, such as first names.
 *
 * @param nameCharacters  only letters (of any alphabet), spaces, hyphens and apostrophes, so digits
 *                        and symbols are reported ({@code digit-or-symbol})
 * @param placeholders    the name of a code list of values that stand in for a missing one (e.g.
 *                        {@code BABY-BOY}, {@code UNKNOWN}), compared ignoring case, accents and
 *                        punctuation ({@code placeholder-value}); or {@code null}
 * @param consistentCase  the file writes every value in the same case, all capitals or not; values
 *                        in the less common style are reported ({@code inconsistent-case})
 * @param mojibake        values that look like text decoded with the wrong encoding are reported
 *                        ({@code likely-mojibake})
 */
public record TextChecks(boolean nameCharacters, String placeholders, boolean consistentCase, boolean mojibake) {

    /** No text check. */
    public static final TextChecks NONE = new TextChecks(false, null, false, false);

    /** Whether any check is asked for. */
    public boolean any() {
        return nameCharacters || placeholders != null || consistentCase || mojibake;
    }
}
