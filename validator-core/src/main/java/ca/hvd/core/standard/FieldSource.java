package ca.hvd.core.standard;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where a profile takes the value of one canonical field from. */
public sealed interface FieldSource
        permits FieldSource.Column, FieldSource.Constant, FieldSource.Parameter, FieldSource.Absent {

    /**
     * A column of the file, whose trimmed value may be extracted from a longer text and translated
     * into a code of the standard. Extraction comes first, then translation.
     *
     * @param names     the header names of the column (compared as headers are, see
     *                  {@code docs/standard-format.md})
     * @param fallback  the header names of a column read when the first is empty, or empty
     * @param extract   how to take the value out of a longer text, or {@code null}
     * @param translate how to turn the publisher's values into the standard's codes, or
     *                  {@code null}
     */
    record Column(List<String> names, List<String> fallback, Extract extract, Translate translate)
            implements FieldSource {

        public Column {
            names = List.copyOf(names);
            fallback = List.copyOf(fallback);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a column has at least one name");
            }
        }
    }

    /**
     * The same value for every record, e.g. the jurisdiction of a provincial file.
     *
     * @param value the value
     */
    record Constant(String value) implements FieldSource {

        public Constant {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A value the file does not hold, given for each run with {@code --set FIELD=VALUE}. */
    record Parameter() implements FieldSource {
    }

    /** The layout has no such field, and that is expected: no finding says the column is missing. */
    record Absent() implements FieldSource {
    }

    /**
     * Takes a value out of a longer text with a regular expression, e.g. the year of a timestamp
     * {@code 01/01/1920 12:00:00 AM}, or the suffix of a civic number {@code 43A}.
     *
     * @param pattern   a regular expression the whole trimmed value must match
     * @param group     the group that is the value (0 for the whole match); a group that did not
     *                  take part in the match gives an empty value
     * @param otherwise what a value that does not match gives: itself ({@code KEEP}, so that the
     *                  field's checks report it) or an empty value ({@code EMPTY})
     */
    record Extract(String pattern, int group, Otherwise otherwise) {

        public Extract {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(otherwise, "otherwise");
            if (group < 0) {
                throw new IllegalArgumentException("a group number is 0 or more");
            }
        }

        /** What a value that does not match gives. */
        public enum Otherwise {
            KEEP, EMPTY
        }
    }

    /**
     * Turns a publisher's values into the standard's codes: by an explicit table, by a code list's
     * labels or attribute, or both (the table first). Values are compared trimmed, ignoring case
     * and accents; a value that translates to nothing is kept as it is, so that the field's code
     * list check reports it.
     *
     * @param map      publisher value to code
     * @param codeList the standard's code list whose entries are looked up, or {@code null}
     * @param by       what of the code list's entries the value is compared with: {@code label_en},
     *                 {@code label_fr} or the name of an attribute column (e.g. {@code sgc}); or
     *                 {@code null} with no code list
     */
    record Translate(Map<String, String> map, String codeList, String by) {

        public Translate {
            map = Map.copyOf(map);
            if ((codeList == null) != (by == null)) {
                throw new IllegalArgumentException("a code list and what to compare go together");
            }
        }
    }
}
