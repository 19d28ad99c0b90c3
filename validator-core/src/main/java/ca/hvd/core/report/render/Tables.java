package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValueProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of the documents for people (Markdown, HTML) as plain-text cells, so both show the
 * same columns in the same words; each renderer escapes the cells for its markup.
 */
final class Tables {

    private Tables() {
    }

    /** The columns of the findings table. */
    static List<String> findingHeader(Messages m) {
        return List.of(m.format("report.column.severity"), m.format("report.column.code"),
                m.format("report.column.subject"), m.format("report.column.count"), m.format("report.column.message"),
                m.format("report.column.examples"));
    }

    /**
     * One row of the findings table.
     *
     * @param severity its severity
     * @param label    the severity in words
     * @param code     the finding code
     * @param title    the code's title
     * @param subject  field, [column] and {rule}, from {@link Texts#subject}
     * @param count    the count, formatted
     * @param message  the group's message
     * @param examples one text per example ({@code line 3: "20I9" (first on line 2)}), and a last
     *                 {@code … and N more} when the count exceeds them
     */
    record FindingRow(Severity severity, String label, String code, String title, String subject, String count,
                      String message, List<String> examples) {
    }

    static List<FindingRow> findings(Messages m, DatasetReport dataset) {
        List<FindingRow> rows = new ArrayList<>();
        for (FindingGroup group : dataset.findings()) {
            List<String> examples = examples(m, group);
            rows.add(new FindingRow(group.severity(), Texts.severity(m, group.severity()), group.key().code().id(),
                    Texts.title(m, group), Texts.subject(group.key()), m.format("text.count", group.count()),
                    Texts.message(m, group), examples));
        }
        return rows;
    }

    /**
     * The examples of a group in words, one text each ({@code line 3: "20I9"},
     * {@code line 9: "NS | 2019" (first on line 2)}), then {@code … and N more} when the count
     * exceeds them. Values are quoted, not escaped.
     */
    static List<String> examples(Messages m, FindingGroup group) {
        List<String> examples = new ArrayList<>();
        for (Example example : group.examples()) {
            String where = Texts.where(m, example);
            String text = example.value() == null ? where : m.format("report.example", where, "\"" + example.value() + "\"");
            examples.add(text + Texts.detail(m, group, example).map(detail -> " (" + detail + ")").orElse(""));
        }
        if (group.count() > group.examples().size() && !group.examples().isEmpty()) {
            examples.add(m.format("report.more-examples", group.count() - group.examples().size()));
        }
        return examples;
    }

    /** The columns of the fields table. */
    static List<String> fieldHeader(Messages m) {
        return List.of(m.format("report.column.field"), m.format("report.column.column"),
                m.format("report.column.filled"), m.format("report.column.fill-rate"), m.format("report.column.values"));
    }

    /**
     * One row of the fields table.
     *
     * @param field   the standard's field
     * @param column  the file's header for it, or the word for absent, or for a value given for
     *                every record
     * @param filled  records filled, formatted
     * @param percent the fill rate in whole percent, or -1 when the column is absent
     * @param values  what the values are: their range, or how many distinct ones
     */
    record FieldRow(String field, String column, String filled, int percent, String values) {
    }

    static List<FieldRow> fields(Messages m, DatasetReport dataset) {
        List<FieldRow> rows = new ArrayList<>();
        for (Map.Entry<String, FieldStats> entry : dataset.fields().entrySet()) {
            FieldStats stats = entry.getValue();
            if (!stats.present() && stats.filled() == 0) {
                rows.add(new FieldRow(entry.getKey(), m.format("text.absent"), "", -1, ""));
                continue;
            }
            // No column but filled: a value given for every record (--set, the profile's constant).
            String column = stats.present() ? stats.column() : m.format("text.constant");
            rows.add(new FieldRow(entry.getKey(), column, m.format("text.count", stats.filled()),
                    (int) Math.round(stats.fillRate() * 100), values(m, stats.profile())));
        }
        return rows;
    }

    private static String values(Messages m, ValueProfile profile) {
        List<String> parts = new ArrayList<>();
        if (profile.min() != null) {
            parts.add(m.format("report.values.range", Texts.number(profile.min()), Texts.number(profile.max())));
        }
        if (profile.total() > 0 && profile.kind().isListed()) {
            if (profile.complete()) {
                parts.add(m.format("report.values.distinct", profile.counts().size()));
            } else if (profile.counts().size() < ValueProfile.MAX_VALUES) {
                // the other values are outside the field's domain (invalid), so not listed
                parts.add(m.format("report.values.listed", profile.counts().size(), profile.otherCount()));
            } else {
                parts.add(m.format("report.values.many", ValueProfile.MAX_VALUES));
            }
        }
        return m.list(parts);
    }
}
