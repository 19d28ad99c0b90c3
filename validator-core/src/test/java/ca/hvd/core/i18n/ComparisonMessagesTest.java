package ca.hvd.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The comparison texts: the same keys in English and French, and every pattern renders. */
class ComparisonMessagesTest {

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(new TreeSet<>(ComparisonMessages.of(Language.FR).keys()))
                .isEqualTo(new TreeSet<>(ComparisonMessages.of(Language.EN).keys()));
        assertThat(ComparisonMessages.of(Language.EN).keys()).hasSizeGreaterThan(80);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPatternRendersWithItsApostrophesAndNoPlaceholderLeft(Language language) {
        Messages messages = ComparisonMessages.of(language);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(messages.keys())) {
            String pattern = messages.pattern(key);
            if (pattern.replace("''", "").contains("'")) {
                broken.add(key + ": a single apostrophe quotes the rest of the pattern");
                continue;
            }
            String rendered = messages.format(key, MessagesTest.arguments(pattern));
            if (rendered.isBlank() || rendered.contains("{0") || rendered.contains("{1")) {
                broken.add(key + " = " + rendered);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aKeyOfTheLibraryIsRenderedFromTheLibrarysMessages() {
        assertThat(ComparisonMessages.of(Language.FR).format(Message.of("text.count", 1234)))
                .isEqualTo(Messages.of(Language.FR).format("text.count", 1234));
    }
}
