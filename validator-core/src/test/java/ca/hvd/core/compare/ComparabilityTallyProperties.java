package ca.hvd.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The comparability measures of a file equal the combination, in file order, of the measures of
 * its parts, however it is cut: what lets a parallel engine tally chunks apart.
 */
class ComparabilityTallyProperties {

    private static final Standard NAMES = StandardRegistry.builder().build().resolve("newborn-names@1.0.0");
    private static final ComparabilityPlan PLAN = ComparabilityPlan.of(NAMES, 5);

    /** Canonical rows of newborn-names, valid or not: jurisdiction, year, sex, name, count. */
    @Provide
    Arbitrary<List<String[]>> rows() {
        Arbitrary<String> jurisdiction = Arbitraries.of("NS", "ON", "BC", "", "XX");
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(1995, 2005).map(String::valueOf),
                Arbitraries.of("", "20I9", "1899", "+2001"));
        Arbitrary<String> sex = Arbitraries.of("F", "M", "", "X");
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("OLIVIA", "EMMA", "LIAM", ""),
                Arbitraries.integers().between(0, 500).map(i -> "NAME" + i));
        Arbitrary<String> count = Arbitraries.oneOf(Arbitraries.integers().between(1, 400).map(String::valueOf),
                Arbitraries.of("", "0", "-3", "abc", "4"));
        return Combinators.combine(jurisdiction, year, sex, name, count)
                .as((j, y, s, n, c) -> new String[] {j, y, s, n, c})
                .list().ofMaxSize(600);
    }

    private static ComparabilityTally tally(List<String[]> rows) {
        ComparabilityTally tally = PLAN.newTally();
        long line = 2;
        for (String[] row : rows) {
            tally.row(line, line - 1, row.clone());
            line++;
        }
        return tally;
    }

    @Property(tries = 200)
    void measuringAFileWholeEqualsCombiningItsPartsInFileOrder(@ForAll("rows") List<String[]> rows,
                                                              @ForAll @IntRange(max = 600) int cut1,
                                                              @ForAll @IntRange(max = 600) int cut2) {
        List<List<String[]>> parts = SketchProperties.thirds(rows, cut1, cut2);
        ComparabilityTally first = tally(parts.get(0));
        ComparabilityTally second = tally(parts.get(1));
        ComparabilityTally third = tally(parts.get(2));
        ComparabilityTally whole = tally(rows);

        assertThat(first.combine(second).combine(third)).isEqualTo(whole);
        assertThat(first.combine(second.combine(third))).isEqualTo(whole);
        assertThat(PLAN.newTally().combine(whole)).as("an empty tally is the identity").isEqualTo(whole);
        assertThat(whole.rows()).isEqualTo(rows.size());
    }
}
