package ca.hvd.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The distance between two distributions over the groups they share. */
class TotalVariationTest {

    @Test
    void theTotalVariationDistanceIsHalfTheSumOfTheDifferencesOfShares() {
        Map<String, Long> a = Map.of("x", 1L, "y", 1L, "z", 2L);
        Map<String, Long> b = Map.of("x", 3L, "y", 1L, "z", 0L);

        assertThat(ComparisonBuilder.totalVariation(a, b, List.of("x", "y", "z"))).isEqualTo(0.5);
        assertThat(ComparisonBuilder.totalVariation(a, a, List.of("x", "y"))).isZero();
        assertThat(ComparisonBuilder.totalVariation(a, b, List.of("x", "y")))
                .as("only the common groups count, each distribution scaled to them").isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
    }
}
