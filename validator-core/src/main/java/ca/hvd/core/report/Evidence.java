package ca.hvd.core.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures behind a comparability verdict, one kind per kind of dimension; every list of
 * per-dataset figures is in the comparison's dataset order.
 */
public sealed interface Evidence
        permits Evidence.Range, Evidence.Codes, Evidence.Coverage, Evidence.Minimum, Evidence.Top, Evidence.Measure {

    /**
     * The values covered: per dataset its smallest and largest valid value, and the overlap of all.
     *
     * @param datasets per dataset
     * @param from     the smallest value every dataset covers, or {@code null} when they share none
     * @param to       the largest, or {@code null}
     */
    record Range(List<Span> datasets, String from, String to) implements Evidence {
        public Range {
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One dataset's values of a range.
     *
     * @param min      the smallest valid value, or {@code null} when there is none
     * @param max      the largest
     * @param distinct how many distinct valid values
     * @param missing  whole numbers within the overlap the dataset lacks, or {@code null} when not
     *                 known (not whole numbers, or too many values to count them one by one)
     */
    record Span(String min, String max, long distinct, Long missing) {
    }

    /**
     * The codes used: per dataset, rows per code (after profile translation), and those all use.
     *
     * @param datasets per dataset, rows per code of the field's domain (its code list's codes, or
     *                 any value of at most 200 characters for a field without one) in code order
     * @param complete per dataset, whether every code is counted
     * @param others   per dataset, the values outside the domain, counted with a few examples
     * @param common   the codes every dataset uses
     */
    record Codes(List<Map<String, Long>> datasets, List<Boolean> complete, List<OtherValues> others, List<String> common)
            implements Evidence {
        public Codes {
            datasets = datasets.stream().map(codes -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codes)))
                    .toList();
            complete = List.copyOf(complete);
            others = List.copyOf(others);
            common = List.copyOf(common);
        }
    }

    /**
     * How fully the fields are filled.
     *
     * @param fields   the fields
     * @param datasets per dataset, per field: canonical rows that fill it
     * @param rows     per dataset, its canonical rows
     */
    record Coverage(List<String> fields, List<List<Long>> datasets, List<Long> rows) implements Evidence {
        public Coverage {
            fields = List.copyOf(fields);
            datasets = datasets.stream().map(List::copyOf).toList();
            rows = List.copyOf(rows);
        }
    }

    /**
     * The smallest value published.
     *
     * @param datasets  per dataset
     * @param threshold the field's suppression threshold in the standard, or {@code null}
     */
    record Minimum(List<Smallest> datasets, Integer threshold) implements Evidence {
        public Minimum {
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One dataset's smallest value, overall and per group.
     *
     * @param min       the smallest valid value, or {@code null}
     * @param groups    groups with a valid value (0 when the dimension has no groups)
     * @param atMin     groups whose smallest value is {@code min}
     * @param groupMax  the largest of the groups' smallest values, or {@code null}
     */
    record Smallest(String min, long groups, long atMin, Long groupMax) {
        /** Whether the same smallest value holds in most groups (80% or more): a threshold, not a cut by rank. */
        public boolean fixed() {
            return groups == 0 || atMin * 5 >= groups * 4;
        }
    }

    /**
     * The share of the top {@code n} rows of each group.
     *
     * @param n        the rank
     * @param datasets per dataset
     */
    record Top(int n, List<TopShare> datasets) implements Evidence {
        public Top {
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One dataset's groups and the share of their top rows.
     *
     * @param groups     groups counted
     * @param medianRows the median number of rows per group
     * @param maxRows    the most rows of a group
     * @param share      the top {@code n} rows' share of the summed field, over all groups (0 to 1)
     * @param smallest   the smallest value of the field
     * @param cut        whether the dataset looks cut at rank {@code n}: the median group has
     *                   {@code n} to {@code 1.25 n} rows and the groups' smallest values vary
     */
    record TopShare(long groups, long medianRows, long maxRows, double share, long smallest, boolean cut) {
    }

    /**
     * A distribution side by side: per group, each dataset's figure, and the distances between
     * datasets over the groups they all have.
     *
     * @param cells       the groups, in key order (numbers by value), each with a figure per dataset
     * @param common      how many groups every dataset has
     * @param exact       per dataset, whether its figures are exact (else the heaviest groups by
     *                    Space-Saving, each over-counted by at most {@code maxError})
     * @param maxError    per dataset, the most a figure may be over-counted (0 when exact)
     * @param totals      per dataset, the total over all its groups
     * @param distances   per pair of datasets, the total variation distance of their distributions
     *                    over the common groups; empty when there is no common group
     */
    record Measure(List<Cell> cells, int common, List<Boolean> exact, List<Long> maxError, List<Long> totals,
                   List<Distance> distances) implements Evidence {
        public Measure {
            cells = List.copyOf(cells);
            exact = List.copyOf(exact);
            maxError = List.copyOf(maxError);
            totals = List.copyOf(totals);
            distances = List.copyOf(distances);
        }
    }

    /**
     * One group and its figure in each dataset.
     *
     * @param key    the group's values, one per {@code by} field
     * @param values per dataset, its figure, or {@code null} when the dataset lacks the group
     */
    record Cell(List<String> key, List<Long> values) {
        public Cell {
            key = List.copyOf(key);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /**
     * The distance between two datasets' distributions.
     *
     * @param first          the first dataset's label
     * @param second         the second's
     * @param totalVariation half the sum of the absolute differences of their shares, from 0 (the
     *                       same distribution) to 1 (no overlap)
     */
    record Distance(String first, String second, double totalVariation) {
        public Distance {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }
}
