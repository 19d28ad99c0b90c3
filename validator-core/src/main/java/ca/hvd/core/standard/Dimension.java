package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * One comparability dimension a standard declares ({@code hvd.comparability}): something that must
 * match between the files of several publishers before they can be merged and compared, and how
 * {@code hvd compare} measures it. Each kind names the fields it reads; the loader checks that they
 * exist and have a fitting type. See {@code docs/standard-format.md}, "Comparability".
 */
public sealed interface Dimension
        permits Dimension.Range, Dimension.Codes, Dimension.Coverage, Dimension.Minimum, Dimension.TopShare,
                Dimension.Measure {

    /** The dimension's id, unique within its standard (kebab-case). */
    String id();

    /** What it is about, in English and French. */
    LocalizedText title();

    /** Why it matters, or {@code null}. */
    LocalizedText description();

    /** The keyword that names the kind in {@code standard.json}: {@code range}, {@code codes}, … */
    String kind();

    /** The fields it reads. */
    List<String> fields();

    /**
     * The values of a field that every dataset must cover: {@code "range": "year"}. Its numbers (or
     * dates) from the smallest to the largest, their overlap across datasets, and the values missing
     * inside a whole-number range.
     */
    record Range(String id, LocalizedText title, LocalizedText description, String field) implements Dimension {
        public Range {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String kind() {
            return "range";
        }

        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /**
     * The codes of a field that datasets use, after the profile's translation: {@code "codes": "sex"}.
     * Records can be compared only for the codes every dataset uses.
     */
    record Codes(String id, LocalizedText title, LocalizedText description, String field) implements Dimension {
        public Codes {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String kind() {
            return "codes";
        }

        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /**
     * Fields every dataset must fill to be compared on them: {@code "filled": ["postal_code"]}; their
     * fill rate per dataset.
     */
    record Coverage(String id, LocalizedText title, LocalizedText description, List<String> filled) implements Dimension {
        public Coverage {
            filled = List.copyOf(filled);
        }

        @Override
        public String kind() {
            return "coverage";
        }

        @Override
        public List<String> fields() {
            return filled;
        }
    }

    /**
     * The smallest value a dataset publishes of a count, its effective suppression threshold:
     * {@code "minimum": "count"}, optionally per group ({@code "by": ["year", "sex"]}) to tell a
     * fixed threshold (the same smallest value in every group) from a cut by rank (one that varies).
     */
    record Minimum(String id, LocalizedText title, LocalizedText description, String field, List<String> by)
            implements Dimension {
        public Minimum {
            Objects.requireNonNull(field, "field");
            by = List.copyOf(by);
        }

        @Override
        public String kind() {
            return "minimum";
        }

        @Override
        public List<String> fields() {
            return concat(field, by);
        }
    }

    /**
     * How much of a count the {@code n} largest rows of each group hold, and whether a dataset
     * publishes only those rows: {@code "topN": 20, "of": "count", "by": ["year", "sex"]}.
     */
    record TopShare(String id, LocalizedText title, LocalizedText description, int n, String of, List<String> by)
            implements Dimension {
        public TopShare {
            Objects.requireNonNull(of, "of");
            by = List.copyOf(by);
            if (n < 1 || by.isEmpty()) {
                throw new IllegalArgumentException("topN is 1 or more, per at least one field");
            }
        }

        @Override
        public String kind() {
            return "topN";
        }

        @Override
        public List<String> fields() {
            return concat(of, by);
        }
    }

    /** What a {@link Measure} adds up per group. */
    enum Aggregate {
        /** The sum of a whole-number field ({@code of}). */
        SUM,
        /** The number of records. */
        COUNT;

        /** The lower-case name used in {@code standard.json}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A distribution that matters for the standard, side by side:
     * {@code "measure": "sum", "of": "count", "by": ["year", "sex"]} (births per year and sex) or
     * {@code "measure": "count", "by": ["municipality"]} (addresses per municipality). Datasets are
     * compared over the groups they all have, by the total variation distance between their
     * distributions; an {@code informational} measure is shown without a verdict.
     *
     * @param of the field summed, {@code null} for {@link Aggregate#COUNT}
     */
    record Measure(String id, LocalizedText title, LocalizedText description, Aggregate aggregate, String of,
                   List<String> by, boolean informational) implements Dimension {
        public Measure {
            Objects.requireNonNull(aggregate, "aggregate");
            by = List.copyOf(by);
            if ((aggregate == Aggregate.SUM) != (of != null) || by.isEmpty()) {
                throw new IllegalArgumentException("a sum names its field, a count does not; both have groups");
            }
        }

        @Override
        public String kind() {
            return "measure";
        }

        @Override
        public List<String> fields() {
            return of == null ? by : concat(of, by);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
