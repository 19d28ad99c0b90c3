package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a standard's canonical row.
 *
 * @param name        the canonical name, also the JSON property name
 * @param title       what the field holds, in English and French
 * @param description a longer explanation, or {@code null}
 * @param type        the type of its values
 * @param required    whether every record must fill it
 * @param aliases     other header names accepted for it
 * @param constraints its pattern, range and length constraints
 * @param codeList    the name of the code list its values come from, or {@code null}
 * @param example     an example of a valid value, or {@code null}
 * @param suppressionThreshold for counts of people: positive values below it could identify
 *                    someone and must not be published ({@code small-count}); or {@code null}
 * @param text        the quality checks of a text field
 * @param separator   for a multi-valued text field, the character between its values (each part,
 *                    trimmed, is checked against the pattern, lengths and code list); {@code null}
 *                    for a single-valued field
 */
public record Field(
        String name,
        LocalizedText title,
        LocalizedText description,
        FieldType type,
        boolean required,
        Aliases aliases,
        Constraints constraints,
        String codeList,
        String example,
        Integer suppressionThreshold,
        TextChecks text,
        String separator) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(text, "text");
    }

    public Optional<String> codeListName() {
        return Optional.ofNullable(codeList);
    }

    /** Whether a cell holds several values separated by {@link #separator()}. */
    public boolean multiValued() {
        return separator != null;
    }
}
