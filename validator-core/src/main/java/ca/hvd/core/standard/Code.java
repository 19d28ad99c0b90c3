package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a code list.
 *
 * @param code       the value written in files
 * @param label      its meaning in English and French
 * @param attributes the list's extra columns for this entry (e.g. a province's SGC code), in the
 *                   order of the list's columns
 */
public record Code(String code, LocalizedText label, Map<String, String> attributes) {

    public Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        // in column order: the data dictionary lists them so, the same on every run
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
