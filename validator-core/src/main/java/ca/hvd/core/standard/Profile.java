package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one publisher lays out its files of a standard, mapped onto the standard's canonical row:
 * where each field comes from, which columns are known but not part of the standard, whether the
 * file is wide (one column per year), which records to keep, how the file is usually encoded, and
 * which findings are expected from this layout. Declared in {@code profiles/NAME.json} beside the
 * standard (see {@code docs/profiles.md}); immutable.
 *
 * @param name        the profile's name, e.g. {@code ns}, unique within its standard version
 * @param title       what it describes, in English and French
 * @param description more about the layout, or {@code null}
 * @param basedOn     the real files the layout was observed in
 * @param source      how the publisher's files are usually encoded and delimited
 * @param fields      per canonical field the profile maps, where its value comes from; fields it
 *                    does not list are read from columns named as the standard names them
 * @param ignored     header names of columns the layout has that are not part of the standard and
 *                    are expected, so they are not reported as extra columns
 * @param wide        the wide layout, or {@code null} for one record per row
 * @param filter      the records to keep, or {@code null} to keep every record
 * @param severities  per finding code, the severity this layout is expected to give it (empty to
 *                    turn it off); a run's own {@code --severity} settings come on top
 * @param origin      the file it was loaded from, for messages
 */
public record Profile(
        String name,
        LocalizedText title,
        LocalizedText description,
        List<Basis> basedOn,
        SourceHints source,
        Map<String, FieldSource> fields,
        List<String> ignored,
        Wide wide,
        RecordFilter filter,
        Map<FindingCode, Optional<Severity>> severities,
        String origin) {

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        basedOn = List.copyOf(basedOn);
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        ignored = List.copyOf(ignored);
        severities = Map.copyOf(severities);
    }

    /** The fields whose value each run must give with {@code --set FIELD=VALUE}, in order. */
    public List<String> parameters() {
        return fields.entrySet().stream()
                .filter(entry -> entry.getValue() instanceof FieldSource.Parameter)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * How files of a layout are usually written. Each component is {@code null} to detect.
     *
     * @param encoding   the encoding used when the bytes are not valid UTF-8 (instead of
     *                   Windows-1252), e.g. {@code windows-1252}
     * @param delimiter  the field delimiter, used instead of detecting it
     * @param headerLine the physical line of the header, used instead of looking for it
     */
    public record SourceHints(String encoding, Character delimiter, Integer headerLine) {

        /** Nothing known: detect everything. */
        public static final SourceHints NONE = new SourceHints(null, null, null);
    }

    /**
     * The wide layout: one column per value of a key field (typically the year), each cell holding
     * the value field (typically a count) of the record made of the row and that column.
     *
     * @param columns    a regular expression the headers of the spread columns match in full; its
     *                   first group, if any, is the key value, else the whole header
     * @param key        the field filled from the column's header, e.g. {@code year}
     * @param value      the field filled from the cell, e.g. {@code count}
     * @param suppressed cell texts that mean "suppressed" (e.g. {@code 0}, {@code < 5}, empty): no
     *                   record is made of such a cell
     * @param total      the header names of the column that holds each row's total, or empty when
     *                   there is none; it must equal the sum of the row's cells
     * @param totalsRow  the row that holds each column's total, or {@code null}; it is not a
     *                   record, and each of its cells must equal the sum of its column
     */
    public record Wide(String columns, String key, String value, List<String> suppressed, List<String> total,
                       TotalsRow totalsRow) {

        public Wide {
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            suppressed = List.copyOf(suppressed);
            total = List.copyOf(total);
        }
    }

    /**
     * The row of column totals at the end of a wide file, e.g. {@code Somme:}.
     *
     * @param field   the field whose column holds the marker
     * @param pattern a regular expression the marker cell (trimmed) matches in full
     */
    public record TotalsRow(String field, String pattern) {

        public TotalsRow {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * Keeps only the records whose column holds one of some values, e.g. the rows of one indicator
     * of a statistical table.
     *
     * @param column the header names of the column
     * @param keep   the values kept, compared trimmed and ignoring case
     */
    public record RecordFilter(List<String> column, List<String> keep) {

        public RecordFilter {
            column = List.copyOf(column);
            keep = List.copyOf(keep);
        }
    }
}
