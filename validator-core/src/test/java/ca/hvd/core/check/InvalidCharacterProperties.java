package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast test for invalid characters in a cell says what looking at each character says. */
class InvalidCharacterProperties {

    @Property(tries = 3000)
    void aCellHasAnInvalidCharacterWhenOneOfItsCharactersIsInvalid(@ForAll("cells") String cell) {
        assertThat(CellValues.hasInvalidCharacter(cell)).isEqualTo(cell.chars().anyMatch(c -> CellValues.isInvalidCharacter((char) c)));
    }

    @Provide
    Arbitrary<String> cells() {
        List<Character> characters = List.of('a', 'Z', ' ', '~', '\u007F', '\u0080', '\u0085', '\u009F', '\u00A0', 'é', 'ÿ',
                '\t', '\n', '\r', '\u0000', '\u001F', '\u0100', 'Ω', '\uFFFD', '\uFFFE', '\uD83D');
        return Arbitraries.of(characters).list().ofMaxSize(12).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::append);
            return text.toString();
        });
    }
}
