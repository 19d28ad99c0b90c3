package ca.hvd.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What validating one file found: exact counts and capped examples, per finding key, and how each
 * field is filled. Reports of consecutive parts of a file {@link #combine combine} into the report of
 * the whole; {@link #empty} is the identity. Whether the dataset is conformant is derived from the
 * counts and a {@link FailOn} level, never stored.
 *
 * @param source       the file as the user named it
 * @param format       how it was read
 * @param records      the data records read: the rows below the header, blank rows included, but
 *                     not the rows a profile's filter leaves out nor a wide layout's totals row
 * @param findings     the findings, most serious first, then by key
 * @param fields       per canonical field, in the standard's order
 * @param exampleLimit the most examples kept per finding key
 */
public record DatasetReport(
        String source,
        SourceInfo format,
        long records,
        List<FindingGroup> findings,
        Map<String, FieldStats> fields,
        int exampleLimit) {

    private static final Comparator<FindingGroup> ORDER = Comparator.comparing(FindingGroup::severity)
            .thenComparing(FindingGroup::key);

    public DatasetReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        if (records < 0 || exampleLimit < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        List<FindingGroup> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A report with no records and no findings: the identity of {@link #combine}. */
    public static DatasetReport empty(String source, SourceInfo format, Map<String, String> columns, int exampleLimit) {
        Map<String, FieldStats> fields = new LinkedHashMap<>();
        columns.forEach((field, column) -> fields.put(field, new FieldStats(column, 0, 0)));
        return new DatasetReport(source, format, 0, List.of(), fields, exampleLimit);
    }

    /** The number of findings of a severity. */
    public long count(Severity severity) {
        long total = 0;
        for (FindingGroup group : findings) {
            if (group.severity() == severity) {
                total += group.count();
            }
        }
        return total;
    }

    /** The number of findings of each severity, every severity present. */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return counts;
    }

    /** Whether no finding is serious enough to fail at the given level. */
    public boolean conformant(FailOn failOn) {
        return findings.stream().noneMatch(group -> group.count() > 0 && failOn.fails(group.severity()));
    }

    /** The group of a key, when there are findings of it. */
    public java.util.Optional<FindingGroup> finding(FindingKey key) {
        return findings.stream().filter(group -> group.key().equals(key)).findFirst();
    }

    /**
     * The report of this part of a file followed by the other: counts add up, the other's examples
     * come after this one's up to the example limit.
     *
     * @throws IllegalArgumentException when the reports are not of the same file and settings
     */
    public DatasetReport combine(DatasetReport other) {
        if (!source.equals(other.source) || !format.equals(other.format) || exampleLimit != other.exampleLimit
                || !fields.keySet().equals(other.fields.keySet())) {
            throw new IllegalArgumentException("only reports of the same file and settings combine");
        }
        Map<FindingKey, FindingGroup> groups = new TreeMap<>();
        for (FindingGroup group : findings) {
            groups.put(group.key(), group);
        }
        for (FindingGroup group : other.findings) {
            groups.merge(group.key(), group, (mine, theirs) -> mine.combine(theirs, exampleLimit));
        }
        Map<String, FieldStats> merged = new LinkedHashMap<>();
        fields.forEach((name, stats) -> merged.put(name, stats.combine(other.fields.get(name))));
        return new DatasetReport(source, format, records + other.records, new ArrayList<>(groups.values()), merged, exampleLimit);
    }
}
