package ca.hvd.core.source;

import ca.hvd.core.report.FindingCode;
import ca.hvd.core.standard.ColumnOrder;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldSource;
import ca.hvd.core.standard.LinearPattern;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the columns a layout wants in a header row — by canonical name, alias or the names a
 * profile gives, ignoring case, accents, surrounding spaces and punctuation
 * ({@link HeaderNames#normalize}) — and, for a wide layout, the spread columns whose headers match
 * its pattern.
 */
public final class HeaderMatcher {

    private final List<Wanted> wanted;
    /** Per normalised header name, the wanted columns it names (several fields may read one column). */
    private final Map<String, List<Integer>> wantedByName;
    private final LinearPattern spread;
    private final String spreadField;
    private final ColumnOrder order;

    private HeaderMatcher(List<Wanted> wanted, LinearPattern spread, String spreadField, ColumnOrder order) {
        this.wanted = List.copyOf(wanted);
        this.spread = spread;
        this.spreadField = spreadField;
        this.order = order;
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            for (String name : wanted.get(i).names()) {
                List<Integer> indexes = byName.computeIfAbsent(HeaderNames.normalize(name), n -> new ArrayList<>());
                if (!indexes.contains(i)) {
                    indexes.add(i);
                }
            }
        }
        byName.replaceAll((name, indexes) -> List.copyOf(indexes));
        this.wantedByName = Map.copyOf(byName);
    }

    /** The lineage columns {@code hvd harmonize} writes after a standard's fields, as named when no field has their names. */
    private static final List<String> LINEAGE = List.of("source_dataset", "source_file", "source_line");

    /**
     * The names of the lineage columns {@code hvd harmonize} writes after the standard's fields:
     * {@code source_dataset}, {@code source_file} and {@code source_line}, each prefixed with
     * {@code hvd_} should the standard have a field of that name. The standard's own layout
     * recognises them: they are neither checked nor reported as {@code extra-column}, so a
     * harmonized file validates as it is.
     */
    public static List<String> lineageColumns(Standard standard) {
        Set<String> fields = new HashSet<>();
        standard.fields().forEach(field -> fields.add(field.name()));
        return LINEAGE.stream().map(column -> fields.contains(column) ? "hvd_" + column : column).toList();
    }

    /** The matcher of a standard's own layout: each field by its canonical name and aliases. */
    public static HeaderMatcher of(Standard standard) {
        return of(standard, null, Set.of());
    }

    /**
     * The matcher of a publisher's layout: the fields a profile maps by the names it gives, the
     * others by their canonical names and aliases, plus the profile's ignored, total and filter
     * columns and its spread columns; without a profile, the standard's own layout, which ignores
     * the {@link #lineageColumns lineage columns} of a harmonized file.
     *
     * @param standard the standard
     * @param profile  the layout, or {@code null} for the standard's own
     * @param given    the fields whose value the run gives ({@code --set}): no column is wanted
     *                 for them
     */
    public static HeaderMatcher of(Standard standard, Profile profile, Set<String> given) {
        List<Wanted> wanted = new ArrayList<>();
        Profile.Wide wide = profile == null ? null : profile.wide();
        for (Field field : standard.fields()) {
            FieldSource source = profile == null ? null : profile.fields().get(field.name());
            if (given.contains(field.name())
                    || wide != null && (field.name().equals(wide.key()) || field.name().equals(wide.value()))) {
                continue;
            }
            if (source == null) {
                List<String> names = new ArrayList<>();
                names.add(field.name());
                names.addAll(field.aliases().all());
                wanted.add(new Wanted(Wanted.Role.FIELD, field.name(), names, field.required()));
            } else if (source instanceof FieldSource.Column column) {
                wanted.add(new Wanted(Wanted.Role.FIELD, field.name(), column.names(), field.required()));
                if (!column.fallback().isEmpty()) {
                    wanted.add(new Wanted(Wanted.Role.FALLBACK, field.name(), column.fallback(), false));
                }
            }
        }
        if (profile == null) {
            lineageColumns(standard).forEach(name -> wanted.add(new Wanted(Wanted.Role.IGNORED, null, List.of(name), false)));
        } else {
            profile.ignored().forEach(name -> wanted.add(new Wanted(Wanted.Role.IGNORED, null, List.of(name), false)));
            if (wide != null && !wide.total().isEmpty()) {
                wanted.add(new Wanted(Wanted.Role.TOTAL, null, wide.total(), true));
            }
            if (profile.filter() != null) {
                wanted.add(new Wanted(Wanted.Role.FILTER, null, profile.filter().column(), true));
            }
        }
        return new HeaderMatcher(wanted, wide == null ? null : LinearPattern.compile(wide.columns()),
                wide == null ? null : wide.key(), standard.columnOrder());
    }

    /**
     * A matcher of explicit header names, one column per field.
     *
     * @param names    per field, in canonical order, every header name that stands for it
     * @param required the fields a file must have a column for
     * @param order    whether columns must come in canonical order
     */
    public static HeaderMatcher of(Map<String, List<String>> names, Set<String> required, ColumnOrder order) {
        List<Wanted> wanted = new ArrayList<>();
        names.forEach((field, headers) -> wanted.add(new Wanted(Wanted.Role.FIELD, field, headers, required.contains(field))));
        return new HeaderMatcher(wanted, null, null, order);
    }

    /** The columns this layout wants. */
    public List<Wanted> wanted() {
        return wanted;
    }

    /**
     * How well a row of cells looks like this layout's header: the number of distinct wanted
     * columns it names, plus one when it has spread columns; used to find the header line.
     */
    public int score(List<String> cells) {
        Set<Integer> matched = new HashSet<>();
        boolean spreads = false;
        for (String cell : cells) {
            List<Integer> indexes = wantedByName.get(HeaderNames.normalize(cell));
            if (indexes != null) {
                matched.addAll(indexes);
            } else if (spread != null && spread.matchesWhole(cell.strip())) {
                spreads = true;
            }
        }
        return matched.size() + (spreads ? 1 : 0);
    }

    /** Binds the columns of a header, noting what is missing, extra, duplicated, blank or out of order. */
    public ColumnBinding bind(List<String> header) {
        int[] columnOfWanted = new int[wanted.size()];
        Arrays.fill(columnOfWanted, -1);
        List<Integer> spreadColumns = new ArrayList<>();
        List<String> spreadKeys = new ArrayList<>();
        List<ColumnBinding.Issue> issues = new ArrayList<>();
        Set<String> extraNames = new HashSet<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            String normal = HeaderNames.normalize(name);
            if (normal.isEmpty()) {
                issues.add(new ColumnBinding.Issue(FindingCode.BLANK_HEADER, column, name, null));
                continue;
            }
            List<Integer> indexes = wantedByName.get(normal);
            if (indexes != null) {
                boolean bound = false;
                for (int index : indexes) {
                    if (columnOfWanted[index] < 0) {
                        columnOfWanted[index] = column;
                        bound = true;
                    }
                }
                if (!bound) {
                    issues.add(new ColumnBinding.Issue(FindingCode.DUPLICATE_COLUMN, column, name, wanted.get(indexes.get(0)).field()));
                }
                continue;
            }
            String stripped = name.strip();
            String value = spread == null ? null : spread.wholeMatchGroup(stripped, Math.min(1, spread.groupCount()), stripped);
            if (value != null) {
                if (spreadKeys.contains(value)) {
                    issues.add(new ColumnBinding.Issue(FindingCode.DUPLICATE_COLUMN, column, name, spreadField));
                } else {
                    spreadColumns.add(column);
                    spreadKeys.add(value);
                }
            } else if (!extraNames.add(normal)) {
                issues.add(new ColumnBinding.Issue(FindingCode.DUPLICATE_COLUMN, column, name, null));
            } else {
                issues.add(new ColumnBinding.Issue(FindingCode.EXTRA_COLUMN, column, name, null));
            }
        }
        missing(columnOfWanted, issues);
        if (spread != null && spreadColumns.isEmpty()) {
            issues.add(new ColumnBinding.Issue(FindingCode.MISSING_COLUMN, -1, null, spreadField));
        }
        if (order == ColumnOrder.CANONICAL) {
            outOfOrder(header, columnOfWanted, issues);
        }
        return new ColumnBinding(header, wanted, columnOfWanted,
                spreadColumns.stream().mapToInt(Integer::intValue).toArray(), spreadKeys, issues);
    }

    /** The header names accepted for a field's column, or, for a wide layout's key field, the spread pattern. */
    public String accepted(String field) {
        if (field != null && field.equals(spreadField)) {
            return spread.source();
        }
        List<String> names = new ArrayList<>();
        for (Wanted w : wanted) {
            if (java.util.Objects.equals(w.field(), field) && (w.role() == Wanted.Role.FIELD || w.role() == Wanted.Role.FALLBACK)) {
                names.addAll(w.names());
            }
        }
        return String.join(", ", names);
    }

    private void missing(int[] columnOfWanted, List<ColumnBinding.Issue> issues) {
        Set<String> boundFields = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (columnOfWanted[i] >= 0 && wanted.get(i).field() != null) {
                boundFields.add(wanted.get(i).field());
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            Wanted w = wanted.get(i);
            if (columnOfWanted[i] >= 0) {
                continue;
            }
            switch (w.role()) {
                case FIELD -> {
                    if (!boundFields.contains(w.field())) {
                        FindingCode code = w.required() ? FindingCode.MISSING_COLUMN : FindingCode.MISSING_OPTIONAL_COLUMN;
                        issues.add(new ColumnBinding.Issue(code, -1, null, w.field()));
                    }
                }
                case TOTAL, FILTER -> issues.add(new ColumnBinding.Issue(FindingCode.MISSING_COLUMN, -1, w.names().get(0), null));
                case FALLBACK, IGNORED -> {
                    // optional by nature
                }
            }
        }
    }

    private void outOfOrder(List<String> header, int[] columnOfWanted, List<ColumnBinding.Issue> issues) {
        int last = -1;
        for (int i = 0; i < wanted.size(); i++) {
            int column = columnOfWanted[i];
            if (wanted.get(i).role() != Wanted.Role.FIELD) {
                continue;
            }
            if (column >= 0 && column < last) {
                issues.add(new ColumnBinding.Issue(FindingCode.COLUMN_ORDER, column, header.get(column), wanted.get(i).field()));
            }
            last = Math.max(last, column);
        }
    }
}
