package ca.hvd.core.compare;

import ca.hvd.core.Hvd;
import ca.hvd.core.check.CellValues;
import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparedDataset;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FieldComparison;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.OtherValues;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.Verdict;
import ca.hvd.core.standard.Dimension;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldSource;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the conformance reports and comparability tallies of several datasets into a
 * {@link ComparisonReport}: the facts of every field side by side and, along each dimension the
 * standard declares, a verdict and its reason. The rules of each verdict are in
 * {@code docs/compare.md}; reasons are messages of {@link ComparisonMessages}, with the lists of
 * figures they quote written out in both languages.
 */
public final class ComparisonBuilder {

    /** A field filled in at least this share of rows of every dataset is comparable on it. */
    static final double FULL = 0.95;

    /**
     * One dataset: how it was read, its conformance and its tally.
     *
     * @param label     the user's name for it
     * @param profile   the layout it was read in, or {@code null}
     * @param constants the values given for every record
     * @param report    its conformance report
     * @param tally     its comparability measures
     */
    public record Input(String label, Profile profile, Map<String, String> constants, DatasetReport report,
                        ComparabilityTally tally) {
    }

    private final Standard standard;
    private final List<Input> inputs;
    private final List<String> labels;

    private ComparisonBuilder(Standard standard, List<Input> inputs) {
        this.standard = standard;
        this.inputs = List.copyOf(inputs);
        this.labels = inputs.stream().map(Input::label).toList();
    }

    /** The comparison report of datasets validated against one standard, in the order given. */
    public static ComparisonReport build(Standard standard, List<Input> inputs) {
        return new ComparisonBuilder(standard, inputs).build();
    }

    private ComparisonReport build() {
        List<ComparedDataset> datasets = new ArrayList<>();
        for (Input input : inputs) {
            datasets.add(new ComparedDataset(input.label(), input.profile() == null ? null : input.profile().name(),
                    input.constants(), input.report(), input.tally().rows()));
        }
        List<FieldComparison> fields = new ArrayList<>();
        for (int i = 0; i < standard.fields().size(); i++) {
            fields.add(field(i));
        }
        List<DimensionResult> dimensions = new ArrayList<>();
        List<Dimension> declared = standard.comparability();
        for (int d = 0; d < declared.size(); d++) {
            dimensions.add(dimension(d, declared.get(d)));
        }
        return new ComparisonReport(Hvd.version(), standard.ref(), standard.title(), datasets, fields, dimensions);
    }

    // ---- fields ---------------------------------------------------------------------------------

    private FieldComparison field(int index) {
        Field field = standard.fields().get(index);
        List<FieldComparison.Facts> facts = new ArrayList<>();
        for (Input input : inputs) {
            ComparabilityTally.FieldTally tally = input.tally().field(index);
            String column = input.report().fields().containsKey(field.name())
                    ? input.report().fields().get(field.name()).column() : null;
            boolean counted = field.codeList() != null || field.type() == FieldType.BOOLEAN;
            Map<String, Long> codes = counted ? rowsPerValue(tally.values) : null;
            Map<Severity, Long> findings = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                findings.put(severity, 0L);
            }
            Map<String, Long> byCode = new HashMap<>();
            for (FindingGroup group : input.report().findings()) {
                if (field.name().equals(group.key().field())) {
                    findings.merge(group.severity(), group.count(), Long::sum);
                    byCode.merge(group.key().code().id(), group.count(), Long::sum);
                }
            }
            List<String> top = byCode.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(Map.Entry::getKey).toList();
            facts.add(new FieldComparison.Facts(origin(input, field, column), column, tally.filled, input.tally().rows(),
                    tally.distinct.count(), tally.distinct.exact(), tally.min, tally.max, codes,
                    counted ? otherValues(tally.others) : null, findings, top));
        }
        return new FieldComparison(field.name(), facts);
    }

    private static FieldComparison.Origin origin(Input input, Field field, String column) {
        Profile profile = input.profile();
        FieldSource source = profile == null ? null : profile.fields().get(field.name());
        if (input.constants().containsKey(field.name()) || source instanceof FieldSource.Constant) {
            return FieldComparison.Origin.CONSTANT;
        }
        if (profile != null && profile.wide() != null
                && (field.name().equals(profile.wide().key()) || field.name().equals(profile.wide().value()))) {
            return FieldComparison.Origin.SPREAD;
        }
        return column == null ? FieldComparison.Origin.ABSENT : FieldComparison.Origin.COLUMN;
    }

    /** Rows per value, in value order (numbers by value). */
    private static Map<String, Long> rowsPerValue(GroupStats values) {
        Map<String, Long> rows = new LinkedHashMap<>();
        values.groups().keySet().stream().sorted(VALUE_ORDER).forEach(value -> rows.put(value, values.groups().get(value).rows));
        return rows;
    }

    /** The values outside a field's domain: their rows, and the smallest kept as examples. */
    private static OtherValues otherValues(GroupStats others) {
        long rows = others.droppedRows();
        for (GroupStats.Group group : others.groups().values()) {
            rows += group.rows;
        }
        return new OtherValues(rows, List.copyOf(others.groups().keySet()));
    }

    // ---- dimensions -----------------------------------------------------------------------------

    private DimensionResult dimension(int d, Dimension dimension) {
        if (dimension instanceof Dimension.Range range) {
            return range(d, range);
        }
        if (dimension instanceof Dimension.Codes codes) {
            return codes(codes);
        }
        if (dimension instanceof Dimension.Coverage coverage) {
            return coverage(coverage);
        }
        if (dimension instanceof Dimension.Minimum minimum) {
            return minimum(d, minimum);
        }
        if (dimension instanceof Dimension.TopShare top) {
            return top(d, top);
        }
        return measure(d, (Dimension.Measure) dimension);
    }

    private DimensionResult range(int d, Dimension.Range dimension) {
        int field = tallyPlan().subject[d];
        FieldType type = tallyPlan().types[field];
        List<String> mins = new ArrayList<>();
        List<String> maxes = new ArrayList<>();
        for (Input input : inputs) {
            mins.add(input.tally().field(field).min);
            maxes.add(input.tally().field(field).max);
        }
        List<String> empty = labelsWhere(i -> mins.get(i) == null);
        String from = null;
        String to = null;
        if (empty.isEmpty()) {
            from = mins.stream().max(order(type)).orElseThrow();
            to = maxes.stream().min(order(type)).orElseThrow();
            if (order(type).compare(from, to) > 0) {
                from = null;
                to = null;
            }
        }
        List<Evidence.Span> spans = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            GroupStats values = inputs.get(i).tally().field(field).values;
            long distinct = values.groups().keySet().stream().filter(value -> tallyPlan().valid(field, value)).count();
            spans.add(new Evidence.Span(mins.get(i), maxes.get(i), distinct, missing(values, type, field, from, to)));
        }
        Evidence evidence = new Evidence.Range(spans, from, to);
        String name = dimension.field();
        if (!empty.isEmpty()) {
            return result(dimension, Verdict.NOT_COMPARABLE, Message.of("compare.range.empty", list(empty), name), evidence);
        }
        String item = type == FieldType.DATE ? "compare.range.item-dates" : "compare.range.item";
        LocalizedText covered = joined(i -> m -> m.format(item, labels.get(i), mins.get(i), maxes.get(i)));
        if (from == null) {
            return result(dimension, Verdict.NOT_COMPARABLE, Message.of("compare.range.disjoint", covered), evidence);
        }
        List<String> gaps = labelsWhere(i -> spans.get(i).missing() != null && spans.get(i).missing() > 0);
        LocalizedText gapList = joined(gaps.size(), g -> m -> m.format("compare.range.gap", gaps.get(g),
                spans.get(labels.indexOf(gaps.get(g))).missing()));
        boolean same = new LinkedHashSet<>(mins).size() == 1 && new LinkedHashSet<>(maxes).size() == 1;
        if (same && gaps.isEmpty()) {
            return result(dimension, Verdict.COMPARABLE, Message.of("compare.range.same", from, to), evidence);
        }
        Message reason = same ? Message.of("compare.range.same-gaps", from, to, gapList)
                : gaps.isEmpty() ? Message.of("compare.range.overlap", covered, from, to)
                : Message.of("compare.range.overlap-gaps", covered, from, to, gapList);
        return result(dimension, Verdict.CAVEATS, reason, evidence);
    }

    /** Whole numbers of the overlap a dataset lacks, when its values are all counted; else {@code null}. */
    private Long missing(GroupStats values, FieldType type, int field, String from, String to) {
        if (type != FieldType.INTEGER || from == null || !values.complete()) {
            return null;
        }
        BigInteger low = CellValues.integer(from);
        BigInteger high = CellValues.integer(to);
        if (high.subtract(low).compareTo(BigInteger.valueOf(ComparabilityPlan.VALUE_LIMIT)) > 0) {
            return null;
        }
        Set<BigInteger> present = new java.util.HashSet<>();
        for (String value : values.groups().keySet()) {
            if (tallyPlan().valid(field, value)) {
                BigInteger number = CellValues.integer(value);
                if (number.compareTo(low) >= 0 && number.compareTo(high) <= 0) {
                    present.add(number);
                }
            }
        }
        return high.subtract(low).longValueExact() + 1 - present.size();
    }

    private DimensionResult codes(Dimension.Codes dimension) {
        int field = tallyPlan().index(dimension.field());
        List<Map<String, Long>> used = new ArrayList<>();
        List<Boolean> complete = new ArrayList<>();
        List<OtherValues> others = new ArrayList<>();
        for (Input input : inputs) {
            GroupStats values = input.tally().field(field).values;
            used.add(rowsPerValue(values));
            complete.add(values.complete());
            others.add(otherValues(input.tally().field(field).others));
        }
        Set<String> common = new LinkedHashSet<>(used.get(0).keySet());
        used.forEach(codes -> common.retainAll(codes.keySet()));
        Evidence evidence = new Evidence.Codes(used, complete, others, new ArrayList<>(common));
        List<String> empty = labelsWhere(i -> used.get(i).isEmpty());
        if (!empty.isEmpty()) {
            return result(dimension, Verdict.NOT_COMPARABLE, Message.of("compare.codes.empty", list(empty), dimension.field()),
                    evidence);
        }
        LocalizedText codesUsed = joined(i -> m -> m.format("compare.codes.item", labels.get(i), list(used.get(i).keySet())));
        if (common.isEmpty()) {
            return result(dimension, Verdict.NOT_COMPARABLE, Message.of("compare.codes.disjoint", codesUsed), evidence);
        }
        boolean same = used.stream().allMatch(codes -> codes.keySet().equals(used.get(0).keySet()));
        if (same && complete.stream().allMatch(Boolean::booleanValue)) {
            return result(dimension, Verdict.COMPARABLE, Message.of("compare.codes.same", list(common)), evidence);
        }
        return result(dimension, Verdict.CAVEATS, Message.of("compare.codes.overlap", codesUsed, list(common), common.size()),
                evidence);
    }

    private DimensionResult coverage(Dimension.Coverage dimension) {
        List<String> fields = dimension.filled();
        List<List<Long>> filled = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        for (Input input : inputs) {
            List<Long> counts = new ArrayList<>();
            for (String field : fields) {
                counts.add(input.tally().field(tallyPlan().index(field)).filled);
            }
            filled.add(counts);
            rows.add(input.tally().rows());
        }
        Evidence evidence = new Evidence.Coverage(fields, filled, rows);
        LocalizedText rates = joined(fields.size(), f -> m -> m.format("compare.coverage.item", fields.get(f),
                joinedIn(i -> m.format("compare.coverage.rate", labels.get(i), rate(filled.get(i).get(f), rows.get(i))))));
        List<String> nowhere = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        boolean partial = false;
        for (int f = 0; f < fields.size(); f++) {
            int field = f;
            List<String> without = labelsWhere(i -> filled.get(i).get(field) == 0);
            if (without.size() == inputs.size()) {
                nowhere.add(fields.get(f));
            } else if (!without.isEmpty()) {
                unfilled.add(fields.get(f));
            }
            partial |= labelsWhere(i -> rate(filled.get(i).get(field), rows.get(i)) < FULL).size() > 0;
        }
        if (!nowhere.isEmpty()) {
            return result(dimension, Verdict.NOT_COMPARABLE, Message.of("compare.coverage.none", list(nowhere), rates), evidence);
        }
        if (!unfilled.isEmpty()) {
            List<String> missing = labelsWhere(i -> unfilled.stream().anyMatch(f -> filled.get(i).get(fields.indexOf(f)) == 0));
            return result(dimension, Verdict.NOT_COMPARABLE,
                    Message.of("compare.coverage.missing", rates, list(missing), list(unfilled)), evidence);
        }
        if (partial) {
            return result(dimension, Verdict.CAVEATS, Message.of("compare.coverage.partial", rates), evidence);
        }
        return result(dimension, Verdict.COMPARABLE, Message.of("compare.coverage.full", list(fields), rates), evidence);
    }

    private static double rate(long filled, long rows) {
        return rows == 0 ? 0 : (double) filled / rows;
    }

    private DimensionResult minimum(int d, Dimension.Minimum dimension) {
        int field = tallyPlan().subject[d];
        List<Evidence.Smallest> smallest = new ArrayList<>();
        for (Input input : inputs) {
            if (input.tally().dimension(d) instanceof GroupStats stats) {
                smallest.add(smallest(stats));
            } else {
                smallest.add(new Evidence.Smallest(input.tally().field(field).min, 0, 0, null));
            }
        }
        Integer threshold = standard.fields().get(field).suppressionThreshold();
        Evidence evidence = new Evidence.Minimum(smallest, threshold);
        String name = dimension.field();
        List<String> empty = labelsWhere(i -> smallest.get(i).min() == null);
        if (!empty.isEmpty()) {
            return grouped(d, dimension, Verdict.NOT_COMPARABLE, Message.of("compare.minimum.empty", list(empty), name,
                    String.join(", ", dimension.fields()), dimension.fields().size()), evidence);
        }
        List<String> varying = labelsWhere(i -> !smallest.get(i).fixed());
        LocalizedText varies = joined(varying.size(), v -> m -> {
            Evidence.Smallest facts = smallest.get(labels.indexOf(varying.get(v)));
            return m.format("compare.minimum.range", varying.get(v), facts.min(), String.valueOf(facts.groupMax()));
        });
        String groups = String.join(", ", dimension.by());
        Object rank = varying.isEmpty() ? LocalizedText.of("")
                : Message.of("compare.minimum.varies", varies, name, groups, varying.size());
        Set<BigDecimal> values = new java.util.TreeSet<>();
        smallest.forEach(facts -> values.add(new BigDecimal(facts.min())));
        if (values.size() == 1) {
            return grouped(d, dimension, varying.isEmpty() ? Verdict.COMPARABLE : Verdict.CAVEATS,
                    Message.of("compare.minimum.same", name, smallest.get(0).min(), rank), evidence);
        }
        LocalizedText each = joined(i -> m -> m.format("compare.minimum.item", labels.get(i), smallest.get(i).min()));
        // every value from here on is published by every dataset in every group: a dataset cut by rank
        // publishes all of a group only down to that group's smallest, up to its largest group minimum
        BigDecimal floor = null;
        for (Evidence.Smallest facts : smallest) {
            BigDecimal published = new BigDecimal(facts.fixed() || facts.groupMax() == null ? facts.min()
                    : String.valueOf(facts.groupMax()));
            floor = floor == null || published.compareTo(floor) > 0 ? published : floor;
        }
        return grouped(d, dimension, Verdict.CAVEATS, Message.of("compare.minimum.differ", name, each, floor.toPlainString(), rank,
                varying.isEmpty() ? 0 : 1), evidence);
    }

    private static Evidence.Smallest smallest(GroupStats stats) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (GroupStats.Group group : stats.groups().values()) {
            min = Math.min(min, group.min);
            max = Math.max(max, group.min);
        }
        if (stats.groups().isEmpty()) {
            return new Evidence.Smallest(null, 0, 0, null);
        }
        long overall = min;
        long atMin = stats.groups().values().stream().filter(group -> group.min == overall).count();
        return new Evidence.Smallest(String.valueOf(min), stats.groups().size(), atMin, max);
    }

    private DimensionResult top(int d, Dimension.TopShare dimension) {
        int n = dimension.n();
        List<Evidence.TopShare> shares = new ArrayList<>();
        for (Input input : inputs) {
            GroupStats stats = (GroupStats) input.tally().dimension(d);
            List<Long> rows = new ArrayList<>();
            long sum = 0;
            long top = 0;
            for (GroupStats.Group group : stats.groups().values()) {
                rows.add(group.rows);
                sum += group.sum;
                top += group.topSum();
            }
            rows.sort(null);
            long median = rows.isEmpty() ? 0 : rows.get((rows.size() - 1) / 2);
            long max = rows.isEmpty() ? 0 : rows.get(rows.size() - 1);
            Evidence.Smallest smallest = smallest(stats);
            boolean cut = !rows.isEmpty() && median >= n && median <= n + n / 4 && !smallest.fixed();
            shares.add(new Evidence.TopShare(rows.size(), median, max, sum == 0 ? 0 : (double) top / sum,
                    smallest.min() == null ? 0 : Long.parseLong(smallest.min()), cut));
        }
        Evidence evidence = new Evidence.Top(n, shares);
        String groups = String.join(", ", dimension.by());
        String of = dimension.of();
        List<String> empty = labelsWhere(i -> shares.get(i).groups() == 0);
        if (!empty.isEmpty()) {
            return grouped(d, dimension, Verdict.NOT_COMPARABLE, Message.of("compare.top.empty", list(empty), of,
                    String.join(", ", dimension.fields()), dimension.fields().size()), evidence);
        }
        List<String> cut = labelsWhere(i -> shares.get(i).cut());
        if (cut.size() == inputs.size()) {
            return grouped(d, dimension, Verdict.COMPARABLE, Message.of("compare.top.all-cut", n, groups), evidence);
        }
        if (cut.isEmpty()) {
            LocalizedText each = joined(i -> m -> m.format("compare.top.share", labels.get(i), shares.get(i).share()));
            return grouped(d, dimension, Verdict.COMPARABLE, Message.of("compare.top.none-cut", n, groups, of, each), evidence);
        }
        List<String> whole = labelsWhere(i -> !shares.get(i).cut());
        LocalizedText every = joined(whole.size(), w -> m -> {
            Evidence.TopShare facts = shares.get(labels.indexOf(whole.get(w)));
            return m.format("compare.top.every", whole.get(w), of, facts.smallest(), facts.maxRows());
        });
        return grouped(d, dimension, Verdict.NOT_COMPARABLE,
                Message.of("compare.top.mixed", list(cut), cut.size(), n, groups, every, of), evidence);
    }

    private DimensionResult measure(int d, Dimension.Measure dimension) {
        List<Map<String, Long>> figures = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        List<Long> errors = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (Input input : inputs) {
            HeavyHitters hitters = (HeavyHitters) input.tally().dimension(d);
            Map<String, Long> weights = new HashMap<>();
            hitters.entries().forEach(entry -> weights.put(entry.key(), entry.weight()));
            figures.add(weights);
            keys.addAll(weights.keySet());
            exact.add(hitters.exact());
            errors.add(hitters.maxError());
            totals.add(hitters.total());
        }
        List<String> sorted = keys.stream().sorted(KEY_ORDER).toList();
        List<String> common = sorted.stream().filter(key -> figures.stream().allMatch(f -> f.containsKey(key))).toList();
        List<Evidence.Cell> cells = new ArrayList<>();
        for (String key : sorted) {
            List<Long> values = new ArrayList<>();
            figures.forEach(f -> values.add(f.get(key)));
            cells.add(new Evidence.Cell(GroupKey.parts(key), values));
        }
        List<Evidence.Distance> distances = new ArrayList<>();
        if (common.size() > 1) {
            for (int a = 0; a < inputs.size(); a++) {
                for (int b = a + 1; b < inputs.size(); b++) {
                    distances.add(new Evidence.Distance(labels.get(a), labels.get(b),
                            totalVariation(figures.get(a), figures.get(b), common)));
                }
            }
        }
        Evidence evidence = new Evidence.Measure(cells, common.size(), exact, errors, totals, distances);
        String groups = String.join(", ", dimension.by());
        if (dimension.informational()) {
            LocalizedText largest = joined(i -> m -> {
                Map<String, Long> f = figures.get(i);
                if (f.isEmpty()) {
                    return m.format("compare.measure.nothing", labels.get(i));
                }
                String key = f.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
                return m.format("compare.measure.largest", labels.get(i), f.size(), String.join(" · ", GroupKey.parts(key)),
                        totals.get(i) == 0 ? 0.0 : (double) f.get(key) / totals.get(i), exact.get(i) ? 0 : 1);
            });
            return result(dimension, Verdict.INFORMATIONAL, Message.of("compare.measure.informational", groups, largest),
                    evidence);
        }
        if (common.isEmpty()) {
            return result(dimension, Verdict.NOT_COMPARABLE, Message.of("compare.measure.none", groups), evidence);
        }
        LocalizedText pairs = joined(distances.size(), p -> m -> m.format("compare.measure.distance",
                distances.get(p).first(), distances.get(p).second(), distances.get(p).totalVariation()));
        Object distance = distances.isEmpty() ? LocalizedText.of("")
                : ComparisonMessages.both(m -> m.format("compare.measure.distances", pairs));
        Object sums = LocalizedText.of("");
        boolean sameMinimum = true;
        if (dimension.of() != null) {
            int of = tallyPlan().index(dimension.of());
            List<String> mins = inputs.stream().map(input -> input.tally().field(of).min).toList();
            sameMinimum = mins.stream().allMatch(min -> min != null && new BigDecimal(min).compareTo(new BigDecimal(mins.get(0))) == 0);
            if (!sameMinimum) {
                LocalizedText each = joined(i -> m -> m.format("compare.minimum.item", labels.get(i), String.valueOf(mins.get(i))));
                sums = Message.of("compare.measure.sums", dimension.of(), each);
            }
        }
        if (common.size() == sorted.size() && sameMinimum) {
            return result(dimension, Verdict.COMPARABLE, Message.of("compare.measure.same", common.size(), groups, distance),
                    evidence);
        }
        return result(dimension, Verdict.CAVEATS,
                Message.of("compare.measure.common", common.size(), sorted.size(), groups, distance, sums), evidence);
    }

    /**
     * The total variation distance between two distributions over the common groups: each figure
     * divided by its dataset's total over those groups, then half the sum of the absolute
     * differences. 0 means the same shape, 1 no overlap.
     */
    static double totalVariation(Map<String, Long> first, Map<String, Long> second, List<String> common) {
        double a = 0;
        double b = 0;
        for (String key : common) {
            a += first.get(key);
            b += second.get(key);
        }
        if (a == 0 || b == 0) {
            return a == b ? 0 : 1;
        }
        double sum = 0;
        for (String key : common) {
            sum += Math.abs(first.get(key) / a - second.get(key) / b);
        }
        return Math.min(1, sum / 2);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private ComparabilityPlan tallyPlan() {
        return inputs.get(0).tally().plan();
    }

    private static DimensionResult result(Dimension dimension, Verdict verdict, Message reason, Evidence evidence) {
        return new DimensionResult(dimension, verdict, reason, evidence);
    }

    /**
     * The result of a dimension counted per group ({@link GroupStats}), its reason saying which
     * datasets had more groups than are kept, whose figures therefore leave some rows out.
     */
    private DimensionResult grouped(int d, Dimension dimension, Verdict verdict, Message reason, Evidence evidence) {
        List<String> cut = labelsWhere(i -> inputs.get(i).tally().dimension(d) instanceof GroupStats stats && !stats.complete());
        if (cut.isEmpty()) {
            return result(dimension, verdict, reason, evidence);
        }
        return result(dimension, verdict,
                Message.of("compare.groups.cut", reason, list(cut), cut.size(), ComparabilityPlan.GROUP_LIMIT), evidence);
    }

    private List<String> labelsWhere(java.util.function.IntPredicate test) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (test.test(i)) {
                found.add(labels.get(i));
            }
        }
        return found;
    }

    /** One text per dataset, joined, in both languages. */
    private LocalizedText joined(java.util.function.IntFunction<Function<Messages, String>> item) {
        return joined(inputs.size(), item);
    }

    private static LocalizedText joined(int count, java.util.function.IntFunction<Function<Messages, String>> item) {
        return ComparisonMessages.both(m -> {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                parts.add(item.apply(i).apply(m));
            }
            return String.join(m.format("compare.separator"), parts);
        });
    }

    /** One text per dataset, joined with commas. */
    private String joinedIn(java.util.function.IntFunction<String> item) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            parts.add(item.apply(i));
        }
        return String.join(", ", parts);
    }

    private static String list(java.util.Collection<String> values) {
        return String.join(", ", values);
    }

    /** Numbers by value, dates and texts as written. */
    private static Comparator<String> order(FieldType type) {
        return type == FieldType.DATE ? Comparator.naturalOrder() : Comparator.comparing(BigDecimal::new);
    }

    /** Values in order: whole numbers by value before other texts, which are in {@link String} order. */
    static final Comparator<String> VALUE_ORDER = (a, b) -> {
        boolean na = CellValues.isInteger(a);
        boolean nb = CellValues.isInteger(b);
        if (na && nb) {
            int c = CellValues.integer(a).compareTo(CellValues.integer(b));
            return c != 0 ? c : a.compareTo(b);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    };

    /** Group keys in order, part by part. */
    static final Comparator<String> KEY_ORDER = (a, b) -> {
        List<String> x = GroupKey.parts(a);
        List<String> y = GroupKey.parts(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = VALUE_ORDER.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };
}
