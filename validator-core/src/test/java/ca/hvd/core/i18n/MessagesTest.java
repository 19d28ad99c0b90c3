package ca.hvd.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both languages say everything: the same keys, every pattern renders, apostrophes doubled. */
class MessagesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Messages.of(Language.FR).keys()).containsExactlyInAnyOrderElementsOf(Messages.of(Language.EN).keys());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyRendersWithoutLeftoverPlaceholders(Language language) {
        Messages messages = Messages.of(language);
        for (String key : messages.keys()) {
            String pattern = messages.pattern(key);
            String rendered = messages.format(key, arguments(pattern));
            assertThat(rendered).as(language + " " + key).isNotBlank().doesNotContain("{0", "{1", "{2", "{3", "{4");
            assertThat(LONE_APOSTROPHE.matcher(pattern).find())
                    .as(language + " " + key + ": a literal apostrophe is written '' in MessageFormat").isFalse();
        }
    }

    /** Placeholder arguments of the types a pattern's formats expect: numbers for number and choice formats. */
    static Object[] arguments(String pattern) {
        Format[] formats = new MessageFormat(pattern).getFormatsByArgumentIndex();
        int count = Pattern.compile("\\{(\\d+)").matcher(pattern).results()
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = i < formats.length && formats[i] instanceof NumberFormat ? (Object) 2 : "x" + i;
        }
        return args;
    }
}
