package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.standard.LinearPattern;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CharPattern} answers what {@link LinearPattern} (RE2/J, which it stands in for) answers, on
 * expressions of its subset (single-character classes with counts, anchors) and on texts with line
 * terminators and a vertical tab at the end, characters beyond Latin-1, surrogates, and lengths on
 * both sides of its limit.
 */
class CharPatternProperties {

    private static final List<String> ATOMS = List.of("A", "0", "x", " ", "-", "\\.", "\\$", "\\d", "\\D", "\\w", "\\W",
            "\\s", "\\S", "[A-C]", "[^0-9]", "[a-cX-Z_]", "[\\-.]", "[é0-9]", "[^A-Z ]", "[ABCEGHJ-NPRSTVXY]", "[-a]", "[^\\d]");
    private static final List<String> COUNTS = List.of("", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,}", "{2,}", "{0,2}");
    private static final List<String> CHARACTERS = List.of("A", "B", "Z", "a", "x", "0", "7", " ", "-", ".", "_", "$",
            "é", "Ω", "\n", "\r", "\r\n", "\u0085", "\u2028", "\t", "\u000B", "\f", "\uD83D\uDE00");

    @Property(tries = 2000)
    void aPatternOfTheSubsetFindsWhatTheLinearPatternFinds(@ForAll("patterns") String regex, @ForAll("texts") String text) {
        CharPattern pattern = CharPattern.compile(regex).orElseThrow(() -> new AssertionError("not in the subset: " + regex));

        assertThat(pattern.find(text)).as("%s on \"%s\"", regex, text).isEqualTo(LinearPattern.compile(regex).find(text));
    }

    @Example
    void expressionsBeyondTheSubsetAreLeftToTheLinearPattern() {
        for (String regex : List.of("a|b", "(ab)+", "a.c", "a*?", "a++", "(?i)abc", "\\p{L}", "[a[b]]", "[a&&b]", "[\\D]",
                "\\bword", "a{2}+", "[Ω]", "^a$b", "[]a]", "\\1", "é")) {
            assertThat(CharPattern.compile(regex)).as(regex).isEmpty();
        }
    }

    @Example
    void canadianPostalCodesAndCensusSubdivisionCodes() {
        CharPattern postal = CharPattern.compile("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$")
                .orElseThrow();
        CharPattern csd = CharPattern.compile("^[0-9]{7}$").orElseThrow();

        assertThat(postal.find("K1A 0B1")).isTrue();
        assertThat(postal.find("K1A0B1")).isTrue();
        assertThat(postal.find("K1A 0B1\n")).as("$ is the end of the text, as in RE2 and ECMA-262").isFalse();
        assertThat(postal.find("K1A 0B1\u0085")).isFalse();
        assertThat(postal.find("k1a 0b1")).isFalse();
        assertThat(postal.find("D1A 0B1")).isFalse();
        assertThat(csd.find("2466023")).isTrue();
        assertThat(csd.find("246602")).isFalse();
        assertThat(csd.find("24660231")).isFalse();
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> element = Combinators.combine(Arbitraries.of(ATOMS), Arbitraries.of(COUNTS)).as(String::concat);
        return Combinators.combine(Arbitraries.of("", "^"), element.list().ofMaxSize(6), Arbitraries.of("", "$"))
                .as((start, elements, end) -> start + String.join("", elements) + end);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> shortText = Arbitraries.of(CHARACTERS).list().ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> longText = Arbitraries.of(CHARACTERS).list().ofMinSize(58).ofMaxSize(70).map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, shortText), net.jqwik.api.Tuple.of(1, longText));
    }
}
