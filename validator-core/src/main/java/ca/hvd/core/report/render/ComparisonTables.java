package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparedDataset;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FieldComparison;
import ca.hvd.core.report.OtherValues;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.Verdict;
import ca.hvd.core.standard.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording and tables of comparison reports for people (text, Markdown, HTML), as plain-text
 * cells, so every format shows the same figures in the same words; each renderer escapes the cells
 * for its output.
 */
final class ComparisonTables {

    /** The most codes shown one per column; more are listed in one cell. */
    static final int CODE_COLUMNS = 8;
    /** The most groups of an informational measure shown (the heaviest). */
    static final int INFORMATIONAL_GROUPS = 20;

    private ComparisonTables() {
    }

    /**
     * A table of plain-text cells.
     *
     * @param header  the column titles
     * @param rows    the rows, each as wide as the header
     * @param numeric per column, whether it holds numbers (aligned right)
     */
    record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) {
        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
        }
    }

    /** {@code COMPARABLE}, {@code COMPARABLE WITH CAVEATS}, … */
    static String verdict(Messages m, Verdict verdict) {
        return f(m, "compare.verdict." + verdict.label());
    }

    /** {@code Result: NOT COMPARABLE (1 of 5 dimensions not comparable, 3 with caveats).} */
    static String result(Messages m, ComparisonReport report) {
        long judged = report.dimensions().stream().filter(d -> d.verdict() != Verdict.INFORMATIONAL).count();
        return f(m, "compare.result." + report.verdict().label(), report.count(Verdict.NOT_COMPARABLE),
                report.count(Verdict.CAVEATS), judged);
    }

    /** {@code hvd 0.1.0 · newborn-names@1.0.0 (Newborn names)}. */
    static String heading(Messages m, ComparisonReport report) {
        return f(m, "text.heading", "hvd", report.toolVersion(), report.standard().toString(),
                report.standardTitle().in(m.language()));
    }

    /** The dimension's id and title: {@code years-covered · Years covered}. */
    static String title(Messages m, DimensionResult result) {
        return result.dimension().id() + " · " + result.dimension().title().in(m.language());
    }

    /** How a dataset was read: {@code profile on, sex=F}, or the standard's own layout. */
    static String layout(Messages m, ComparedDataset dataset) {
        List<String> parts = new ArrayList<>();
        if (dataset.profile() != null) {
            parts.add(f(m, "text.profile", dataset.profile()));
        }
        dataset.constants().forEach((field, value) -> parts.add(field + "=" + value));
        return parts.isEmpty() ? f(m, "compare.layout.standard") : String.join(", ", parts);
    }

    /** {@code NOT CONFORMANT · 21 errors, 0 warnings, 0 info}. */
    static String conformance(Messages m, ComparedDataset dataset) {
        boolean conformant = dataset.conformance().conformant(FailOn.ERROR);
        return f(m, conformant ? "verdict.conformant" : "verdict.not-conformant") + " · "
                + f(m, "compare.counts", dataset.conformance().count(Severity.ERROR),
                dataset.conformance().count(Severity.WARNING), dataset.conformance().count(Severity.INFO));
    }

    static Table datasets(Messages m, ComparisonReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparedDataset dataset : report.datasets()) {
            rows.add(List.of(dataset.label(), dataset.conformance().source(), layout(m, dataset),
                    f(m, "text.count", dataset.rows()), conformance(m, dataset)));
        }
        return new Table(List.of(f(m, "compare.column.dataset"), f(m, "compare.column.file"),
                f(m, "compare.column.layout"), f(m, "compare.column.rows"), f(m, "compare.column.conformance")),
                rows, List.of(false, false, false, true, false));
    }

    /** The figures of a dimension, one row per dataset (per group for a measure). */
    static Table evidence(Messages m, ComparisonReport report, DimensionResult result) {
        List<String> labels = report.datasets().stream().map(ComparedDataset::label).toList();
        Evidence evidence = result.evidence();
        String dataset = f(m, "compare.column.dataset");
        List<List<String>> rows = new ArrayList<>();
        if (evidence instanceof Evidence.Range range) {
            for (int i = 0; i < labels.size(); i++) {
                Evidence.Span span = range.datasets().get(i);
                rows.add(List.of(labels.get(i), dash(span.min()), dash(span.max()), f(m, "text.count", span.distinct()),
                        span.missing() == null ? "—" : f(m, "text.count", span.missing())));
            }
            return new Table(List.of(dataset, f(m, "compare.column.from"), f(m, "compare.column.to"),
                    f(m, "compare.column.distinct"), f(m, "compare.column.missing")), rows,
                    List.of(false, true, true, true, true));
        }
        if (evidence instanceof Evidence.Codes codes) {
            Set<String> all = new LinkedHashSet<>();
            codes.datasets().forEach(used -> all.addAll(used.keySet()));
            boolean anyOthers = codes.others().stream().anyMatch(other -> other.rows() > 0);
            List<String> header = new ArrayList<>(List.of(dataset));
            List<Boolean> numeric = new ArrayList<>(List.of(false));
            boolean columns = all.size() <= CODE_COLUMNS;
            if (columns) {
                header.addAll(all);
                all.forEach(code -> numeric.add(true));
            } else {
                header.add(f(m, "compare.column.codes"));
                numeric.add(false);
            }
            if (anyOthers) {
                header.add(f(m, "compare.column.others"));
                numeric.add(false);
            }
            for (int i = 0; i < labels.size(); i++) {
                List<String> row = new ArrayList<>(List.of(labels.get(i)));
                if (columns) {
                    for (String code : all) {
                        Long count = codes.datasets().get(i).get(code);
                        row.add(count == null ? "—" : f(m, "text.count", count));
                    }
                } else {
                    row.add(codeList(m, codes.datasets().get(i), Integer.MAX_VALUE));
                }
                if (anyOthers) {
                    OtherValues other = codes.others().get(i);
                    row.add(other.rows() == 0 ? "—" : others(m, other));
                }
                rows.add(row);
            }
            return new Table(header, rows, numeric);
        }
        if (evidence instanceof Evidence.Coverage coverage) {
            List<String> header = new ArrayList<>(List.of(dataset));
            header.addAll(coverage.fields());
            for (int i = 0; i < labels.size(); i++) {
                List<String> row = new ArrayList<>(List.of(labels.get(i)));
                for (long filled : coverage.datasets().get(i)) {
                    long rowCount = coverage.rows().get(i);
                    row.add(f(m, "compare.percent", rowCount == 0 ? 0.0 : (double) filled / rowCount));
                }
                rows.add(row);
            }
            List<Boolean> numeric = new ArrayList<>(List.of(false));
            coverage.fields().forEach(field -> numeric.add(true));
            return new Table(header, rows, numeric);
        }
        if (evidence instanceof Evidence.Minimum minimum) {
            boolean grouped = !((Dimension.Minimum) result.dimension()).by().isEmpty();
            for (int i = 0; i < labels.size(); i++) {
                Evidence.Smallest smallest = minimum.datasets().get(i);
                List<String> row = new ArrayList<>(List.of(labels.get(i), dash(smallest.min())));
                if (grouped) {
                    row.add(f(m, "text.count", smallest.groups()));
                    row.add(f(m, "text.count", smallest.atMin()));
                    row.add(smallest.groupMax() == null ? "—" : String.valueOf(smallest.groupMax()));
                }
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of(dataset, f(m, "compare.column.smallest")));
            if (grouped) {
                header.addAll(List.of(f(m, "compare.column.groups"), f(m, "compare.column.at-smallest"),
                        f(m, "compare.column.largest-group-minimum")));
            }
            List<Boolean> numeric = new ArrayList<>();
            header.forEach(column -> numeric.add(numeric.size() > 0));
            return new Table(header, rows, numeric);
        }
        if (evidence instanceof Evidence.Top top) {
            for (int i = 0; i < labels.size(); i++) {
                Evidence.TopShare share = top.datasets().get(i);
                rows.add(List.of(labels.get(i), f(m, "text.count", share.groups()), f(m, "text.count", share.medianRows()),
                        f(m, "text.count", share.maxRows()), f(m, "compare.share", share.share()),
                        f(m, "text.count", share.smallest()), f(m, share.cut() ? "compare.yes" : "compare.no")));
            }
            return new Table(List.of(dataset, f(m, "compare.column.groups"), f(m, "compare.column.median-rows"),
                    f(m, "compare.column.max-rows"), f(m, "compare.column.top-share", top.n()),
                    f(m, "compare.column.smallest"), f(m, "compare.column.cut", top.n())), rows,
                    List.of(false, true, true, true, true, true, false));
        }
        return cells(m, labels, result, (Evidence.Measure) evidence, Integer.MAX_VALUE);
    }

    /**
     * A measure's groups side by side: one row per group, one column per dataset; an
     * informational measure shows only its {@value #INFORMATIONAL_GROUPS} heaviest groups, and at
     * most {@code limit} rows are shown.
     */
    static Table cells(Messages m, List<String> labels, DimensionResult result, Evidence.Measure measure, int limit) {
        List<String> by = ((Dimension.Measure) result.dimension()).by();
        List<Evidence.Cell> cells = shownCells(result, measure);
        List<List<String>> rows = new ArrayList<>();
        for (Evidence.Cell cell : cells.subList(0, Math.min(limit, cells.size()))) {
            List<String> row = new ArrayList<>(cell.key());
            for (int i = 0; i < labels.size(); i++) {
                Long value = cell.values().get(i);
                row.add(value == null ? "—" : (measure.exact().get(i) ? "" : "≤") + f(m, "text.count", value));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(by);
        header.addAll(labels);
        List<Boolean> numeric = new ArrayList<>();
        by.forEach(field -> numeric.add(false));
        labels.forEach(label -> numeric.add(true));
        return new Table(header, rows, numeric);
    }

    /** The groups a measure's table shows: all, or for an informational one the heaviest over all datasets. */
    static List<Evidence.Cell> shownCells(DimensionResult result, Evidence.Measure measure) {
        if (result.verdict() != Verdict.INFORMATIONAL) {
            return measure.cells();
        }
        return measure.cells().stream()
                .sorted(Comparator.comparingLong(ComparisonTables::weight).reversed())
                .limit(INFORMATIONAL_GROUPS).toList();
    }

    private static long weight(Evidence.Cell cell) {
        return cell.values().stream().mapToLong(value -> value == null ? 0 : value).sum();
    }

    /** The distances between datasets of a measure, one row per pair. */
    static Table distances(Messages m, Evidence.Measure measure) {
        List<List<String>> rows = new ArrayList<>();
        for (Evidence.Distance distance : measure.distances()) {
            rows.add(List.of(distance.first() + " – " + distance.second(), f(m, "compare.distance", distance.totalVariation())));
        }
        return new Table(List.of(f(m, "compare.column.datasets"), f(m, "compare.column.distance")), rows,
                List.of(false, true));
    }

    /** One field across datasets: where it comes from, how it is filled, its values and findings. */
    static Table field(Messages m, ComparisonReport report, FieldComparison field) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.datasets().size(); i++) {
            FieldComparison.Facts facts = field.datasets().get(i);
            rows.add(List.of(report.datasets().get(i).label(), origin(m, facts), f(m, "compare.percent", facts.fillRate()),
                    (facts.distinctExact() ? "" : "≈") + f(m, "text.count", facts.distinct()), values(m, facts),
                    findings(m, facts)));
        }
        return new Table(List.of(f(m, "compare.column.dataset"), f(m, "compare.column.origin"),
                f(m, "compare.column.filled"), f(m, "compare.column.distinct"), f(m, "compare.column.values"),
                f(m, "compare.column.findings")), rows, List.of(false, false, true, true, false, false));
    }

    static String origin(Messages m, FieldComparison.Facts facts) {
        return switch (facts.origin()) {
            case COLUMN -> f(m, "compare.origin.column", facts.column());
            case SPREAD -> f(m, "compare.origin.spread", facts.column() == null ? "" : facts.column());
            case CONSTANT -> f(m, "compare.origin.constant");
            case ABSENT -> f(m, "compare.origin.absent");
        };
    }

    private static String values(Messages m, FieldComparison.Facts facts) {
        if (facts.codes() != null) {
            String codes = codeList(m, facts.codes(), 6);
            if (facts.others().rows() == 0) {
                return codes;
            }
            String others = f(m, "compare.values.others", others(m, facts.others()));
            return codes.isEmpty() ? others : codes + f(m, "compare.separator") + others;
        }
        return facts.min() == null ? "" : f(m, "compare.values.range", facts.min(), facts.max());
    }

    private static String findings(Messages m, FieldComparison.Facts facts) {
        long errors = facts.findings().get(Severity.ERROR);
        long warnings = facts.findings().get(Severity.WARNING);
        long infos = facts.findings().get(Severity.INFO);
        if (errors + warnings + infos == 0) {
            return "—";
        }
        return f(m, "compare.findings", f(m, "compare.counts", errors, warnings, infos), String.join(", ", facts.topFindings()));
    }

    /** {@code 12 (e.g. "Female", "X")}: the rows of values outside a field's domain, and its examples. */
    static String others(Messages m, OtherValues others) {
        List<String> examples = others.examples().stream().map(value -> f(m, "compare.others.example", value)).toList();
        return f(m, "compare.others", others.rows(), String.join(", ", examples), examples.size());
    }

    /** {@code F 1,954; M 1,951} (the separator of the language), at most {@code limit} codes then {@code …}. */
    static String codeList(Messages m, Map<String, Long> codes, int limit) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> code : codes.entrySet()) {
            if (parts.size() == limit) {
                parts.add("…");
                break;
            }
            parts.add(code.getKey() + " " + f(m, "text.count", code.getValue()));
        }
        return String.join(f(m, "compare.separator"), parts);
    }

    /** The notes a report needs: what the distance means when one is shown, what ≈ and ≤ mean when used. */
    static List<String> notes(Messages m, ComparisonReport report) {
        List<String> notes = new ArrayList<>();
        boolean distances = report.dimensions().stream()
                .anyMatch(d -> d.evidence() instanceof Evidence.Measure measure && !measure.distances().isEmpty());
        if (distances) {
            notes.add(f(m, "compare.note.distance"));
        }
        if (report.fields().stream().flatMap(field -> field.datasets().stream()).anyMatch(facts -> !facts.distinctExact())) {
            notes.add(f(m, "compare.note.estimated"));
        }
        if (report.dimensions().stream().anyMatch(d -> d.evidence() instanceof Evidence.Measure measure
                && measure.exact().contains(false))) {
            notes.add(f(m, "compare.note.at-least"));
        }
        return notes;
    }

    /**
     * A comparison text, or a library text (counts, verdicts of conformance, headings) when the
     * comparison bundle lacks the key.
     */
    static String f(Messages m, String key, Object... args) {
        return m.format(Message.of(key, args));
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
