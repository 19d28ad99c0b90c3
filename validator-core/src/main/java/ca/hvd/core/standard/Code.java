package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a code list.
 *
 * @param code       the value written in files
 * @param label      its meaning in English and French
 * @param attributes the list's extra columns for this entry (e.g. a province's SGC code)
 */
public record Code(String code, LocalizedText label, Map<String, String> attributes) {

    public Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        attributes = Map.copyOf(attributes);
    }
}
