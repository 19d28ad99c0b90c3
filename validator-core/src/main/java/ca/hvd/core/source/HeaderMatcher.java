package ca.hvd.core.source;

import ca.hvd.core.report.FindingCode;
import ca.hvd.core.standard.ColumnOrder;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Standard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a standard's fields in a header row: by canonical name or any alias, ignoring case,
 * accents, surrounding spaces and punctuation ({@link HeaderNames#normalize}).
 */
public final class HeaderMatcher {

    private final List<String> fields;
    private final Map<String, String> fieldByName;
    private final Set<String> required;
    private final ColumnOrder order;

    private HeaderMatcher(List<String> fields, Map<String, String> fieldByName, Set<String> required, ColumnOrder order) {
        this.fields = List.copyOf(fields);
        this.fieldByName = Map.copyOf(fieldByName);
        this.required = Set.copyOf(required);
        this.order = order;
    }

    /** The matcher of a standard's canonical names and aliases. */
    public static HeaderMatcher of(Standard standard) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (Field field : standard.fields()) {
            List<String> all = new ArrayList<>();
            all.add(field.name());
            all.addAll(field.aliases().all());
            names.put(field.name(), all);
            if (field.required()) {
                required.add(field.name());
            }
        }
        return of(names, required, standard.columnOrder());
    }

    /**
     * A matcher of explicit header names.
     *
     * @param names    per field, in canonical order, every header name that stands for it
     * @param required the fields a file must have a column for
     * @param order    whether columns must come in canonical order
     */
    public static HeaderMatcher of(Map<String, List<String>> names, Set<String> required, ColumnOrder order) {
        Map<String, String> byName = new HashMap<>();
        names.forEach((field, headers) -> headers.forEach(h -> byName.putIfAbsent(HeaderNames.normalize(h), field)));
        return new HeaderMatcher(new ArrayList<>(names.keySet()), byName, required, order);
    }

    /** The canonical fields, in order. */
    public List<String> fields() {
        return fields;
    }

    /** How many distinct fields a row of cells names; used to find the header line. */
    public int score(List<String> cells) {
        Set<String> matched = new HashSet<>();
        for (String cell : cells) {
            String field = fieldByName.get(HeaderNames.normalize(cell));
            if (field != null) {
                matched.add(field);
            }
        }
        return matched.size();
    }

    /** Binds the columns of a header to fields, noting what is missing, extra, duplicated or blank. */
    public ColumnBinding bind(List<String> header) {
        int[] columnOfField = new int[fields.size()];
        Arrays.fill(columnOfField, -1);
        List<ColumnBinding.Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            String normal = HeaderNames.normalize(name);
            if (normal.isEmpty()) {
                issues.add(new ColumnBinding.Issue(FindingCode.BLANK_HEADER, column, name, null));
                continue;
            }
            String field = fieldByName.get(normal);
            boolean repeated = !seen.add(field != null ? "field:" + field : "name:" + normal);
            if (repeated) {
                issues.add(new ColumnBinding.Issue(FindingCode.DUPLICATE_COLUMN, column, name, field));
            } else if (field == null) {
                issues.add(new ColumnBinding.Issue(FindingCode.EXTRA_COLUMN, column, name, null));
            } else {
                columnOfField[fields.indexOf(field)] = column;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (columnOfField[i] < 0) {
                String field = fields.get(i);
                FindingCode code = required.contains(field) ? FindingCode.MISSING_COLUMN : FindingCode.MISSING_OPTIONAL_COLUMN;
                issues.add(new ColumnBinding.Issue(code, -1, null, field));
            }
        }
        if (order == ColumnOrder.CANONICAL) {
            int last = -1;
            for (int i = 0; i < fields.size(); i++) {
                int column = columnOfField[i];
                if (column >= 0 && column < last) {
                    issues.add(new ColumnBinding.Issue(FindingCode.COLUMN_ORDER, column, header.get(column), fields.get(i)));
                }
                last = Math.max(last, column);
            }
        }
        return new ColumnBinding(header, fields, columnOfField, issues);
    }
}
