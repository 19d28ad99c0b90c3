package ca.hvd.core.check;

import ca.hvd.core.standard.Code;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.source.HeaderNames;
import ca.hvd.core.standard.FieldSource;
import ca.hvd.core.standard.LinearPattern;
import java.util.HashMap;
import java.util.Map;

/**
 * What a profile does to a trimmed cell before the field's checks: take a value out of a longer
 * text, then translate the publisher's value into the standard's code. Compiled once per file;
 * immutable.
 */
final class ValueTransform {

    private final LinearPattern extract;
    private final int group;
    private final boolean keepUnmatched;
    private final Map<String, String> table;

    private ValueTransform(LinearPattern extract, int group, boolean keepUnmatched, Map<String, String> table) {
        this.extract = extract;
        this.group = group;
        this.keepUnmatched = keepUnmatched;
        this.table = table;
    }

    /**
     * The transform of a profile's column, or {@code null} when it has none.
     *
     * @param source   the column
     * @param codeList the code list its translation looks up, or {@code null}
     */
    static ValueTransform of(FieldSource.Column source, CodeList codeList) {
        if (source.extract() == null && source.translate() == null) {
            return null;
        }
        LinearPattern extract = null;
        int group = 0;
        boolean keep = true;
        if (source.extract() != null) {
            extract = LinearPattern.compile(source.extract().pattern());
            group = source.extract().group();
            keep = source.extract().otherwise() == FieldSource.Extract.Otherwise.KEEP;
        }
        Map<String, String> table = null;
        FieldSource.Translate translate = source.translate();
        if (translate != null) {
            table = new HashMap<>();
            if (codeList != null) {
                for (Code code : codeList.entries()) {
                    String key = switch (translate.by()) {
                        case "label_en" -> code.label().en();
                        case "label_fr" -> code.label().fr();
                        default -> code.attributes().get(translate.by());
                    };
                    if (key != null && !key.isBlank()) {
                        table.putIfAbsent(fold(key), code.code());
                    }
                }
            }
            for (Map.Entry<String, String> entry : translate.map().entrySet()) {
                table.put(fold(entry.getKey()), entry.getValue());
            }
        }
        return new ValueTransform(extract, group, keep, table);
    }

    /** The value after extraction and translation; {@code ""} when nothing is left. */
    String apply(String value) {
        String result = value;
        if (extract != null) {
            String part = extract.wholeMatchGroup(result, group, "");
            if (part != null) {
                result = CellValues.trim(part);
            } else if (!keepUnmatched) {
                return "";
            }
        }
        if (table != null && !result.isEmpty()) {
            String code = table.get(fold(result));
            if (code != null) {
                result = code;
            }
        }
        return result;
    }

    /**
     * The form values are compared in when translating and when looking for placeholders: accents
     * removed, lower case, and only letters and digits kept, so {@code "Baby-Boy"} and
     * {@code "BABY BOY"} are equal: the folding header names get.
     */
    static String fold(String value) {
        return HeaderNames.normalize(value);
    }
}
