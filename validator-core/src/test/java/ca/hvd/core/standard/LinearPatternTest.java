package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LinearPattern#notEcmaScript}: the constructs RE2 reads that ECMA-262, the dialect of JSON
 * Schema and CSV on the Web patterns, does not read the same way are named, the first one found;
 * patterns both read alike are not, escaped or inside a class as they may be.
 */
class LinearPatternTest {

    @ParameterizedTest(name = "{0} uses {1}")
    @CsvSource(delimiter = '|', value = {
            "(?i)^[a-z]+$|(?i)",
            "^(?i:ab)c$|(?i:",
            "^a(?-s:.)$|(?-s:",
            "^[0-9]+\\z|\\z",
            "\\A[0-9]+$|\\A",
            "^\\Q1.5\\E$|\\Q",
            "^\\x{e9}$|\\x{e9}",
            "^\\pL+$|\\pL",
            "^\\p{Greek}+$|\\p{Greek}",
            "^(?P<year>[0-9]{4})$|(?P<",
            "^[[:alpha:]]+$|[:alpha:]",
            "^a\\a$|\\a",
            "^(?i)[a-z]\\z$|(?i)",
            "^\\d+[\\s-]*\\p{L}*$|\\s",
            "^\\S+$|\\S"})
    void aPatternOnlyRe2ReadsIsNamedByItsFirstConstruct(String pattern, String construct) {
        assertThat(LinearPattern.problem(pattern)).as("RE2 reads it").isEmpty();
        assertThat(LinearPattern.notEcmaScript(pattern)).contains(construct);
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[0-9]{7}$", "^\\d+[ -]*(\\p{L}+|\\d/\\d)$", "^(?:a|b)$", "^(?<year>[0-9]{4})$", "^[\\[:a:\\]]$",
            "^\\\\z$", "^[(?i)]$", "^\\p{Lu}\\p{Any}$", "^\\u00e9$", "[]a]", "^a\\.b\\$$"})
    void aPatternBothReadAlikeIsPortable(String pattern) {
        assertThat(LinearPattern.notEcmaScript(pattern)).isEmpty();
    }
}
