package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading {@code id}, {@code id@1}, {@code id@1.0} and {@code id@1.0.0}, and what each selects. */
class StandardSelectorTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "newborn-names|newborn-names|''",
        "newborn-names@1|newborn-names|1",
        "newborn-names@1.0|newborn-names|1.0",
        "newborn-names@1.0.0|newborn-names|1.0.0",
        "x2@10.20.30|x2|10.20.30",
        "'  civic-addresses@2 '|civic-addresses|2",
    })
    void aSelectorIsAnIdWithUpToThreeVersionNumbers(String text, String id, String version) {
        StandardSelector selector = StandardSelector.parse(text);

        assertThat(selector.id()).isEqualTo(id);
        assertThat(selector.prefix()).containsExactly(version.isEmpty() ? new int[0]
                : java.util.Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray());
        assertThat(selector.toString()).isEqualTo(version.isEmpty() ? id : id + "@" + version);
        assertThat(StandardSelector.parse(selector.toString())).isEqualTo(selector);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Newborn-Names", "newborn_names", "-names", "@1", "names@", "names@1.", "names@.1",
        "names@1.0.0.0", "names@01", "names@1.02", "names@v1", "names@-1", "names@1.0.0-beta", "names@1@2", "names 1"})
    void malformedSelectorsAreRefused(String text) {
        assertThatThrownBy(() -> StandardSelector.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} selects {1}: {2}")
    @CsvSource({
        "x,       x@0.1.0, true",
        "x,       y@1.0.0, false",
        "x@1,     x@1.9.3, true",
        "x@1,     x@2.0.0, false",
        "x@1.2,   x@1.2.7, true",
        "x@1.2,   x@1.20.0, false",
        "x@1.2.3, x@1.2.3, true",
        "x@1.2.3, x@1.2.4, false",
    })
    void aSelectorMatchesEveryVersionStartingWithItsNumbers(String selector, String ref, boolean matches) {
        String[] parts = ref.split("@");
        assertThat(StandardSelector.parse(selector).matches(new StandardRef(parts[0], SemVer.parse(parts[1])))).isEqualTo(matches);
    }
}
