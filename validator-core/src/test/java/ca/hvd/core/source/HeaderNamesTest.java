package ca.hvd.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Header names compare without accents, case, spaces or punctuation; ASCII names by a shorter way to the same result. */
class HeaderNamesTest {

    @Test
    void accentsCaseAndPunctuationAreLeftOut() {
        assertThat(HeaderNames.normalize(" Année ")).isEqualTo("annee");
        assertThat(HeaderNames.normalize("ANNÉE:")).isEqualTo("annee");
        assertThat(HeaderNames.normalize("First Name")).isEqualTo(HeaderNames.normalize("first_name")).isEqualTo("firstname");
        assertThat(HeaderNames.normalize("CSD_UID 2021")).isEqualTo("csduid2021");
        assertThat(HeaderNames.normalize("—")).isEmpty();
    }

    /** What the decomposition, letter-or-digit filter and lower case give, for any name: the reference. */
    private static String decomposed(String name) {
        StringBuilder normal = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFD).codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(normal::appendCodePoint);
        return normal.toString().toLowerCase(Locale.ROOT);
    }

    @Property(tries = 2000)
    void everyNameIsNormalizedAsByDecomposition(@ForAll("names") String name) {
        assertThat(HeaderNames.normalize(name)).isEqualTo(decomposed(name));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(30);
        Arbitrary<String> mixed = Arbitraries.strings().withChars("aAzZ09 _-:.éÉçÇœŒßİıﬁ\u00A0\u0301\t").ofMaxLength(20);
        return Arbitraries.oneOf(ascii, mixed, Arbitraries.strings().ofMaxLength(10));
    }
}
