package ca.hvd.core.properties;

import ca.hvd.core.check.CellValues;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Standard;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CSV record as the JSON object its standard's plain JSON Schema
 * ({@link ca.hvd.core.standard.StandardJsonSchema}) describes: the rules of "From cells to JSON",
 * written once, for the property that holds the compiled checks to networknt's verdict.
 *
 * <ol>
 *   <li>A cell's value is its text without surrounding white space, as the engine trims it
 *       ({@link CellValues#trim}: Unicode white space and the no-break spaces).</li>
 *   <li>An empty value is an absent property: {@code required} and {@code dependentRequired} see
 *       it as missing, and no other keyword applies.</li>
 *   <li>{@code string} fields, with or without {@code format: date}, are JSON strings.</li>
 *   <li>{@code integer} fields: a value written as an optional sign and ASCII digits
 *       ({@code 7}, {@code +7}, {@code -0}, {@code 007}) is that JSON integer, however large;
 *       anything else is the JSON string, which {@code type} rejects. So {@code 1.0}, {@code 1e3}
 *       and {@code 7.} are not integers in a CSV cell, although JSON Schema would take the JSON
 *       numbers {@code 1.0} and {@code 1e3} for integers: the cell's text is the data, and a
 *       fraction or an exponent in an integer column is what the steward must hear about.</li>
 *   <li>{@code number} fields: a value written as an optional sign, digits with an optional
 *       fraction or a fraction alone ({@code 5.}, {@code .5}), and an optional exponent of at most
 *       nine digits ({@code 1e3}, {@code 2.5E-7}) is that JSON number, exactly (a
 *       {@link BigDecimal}); anything else ({@code NaN}, {@code Infinity}, {@code 1,5},
 *       {@code 0x1F}, {@code 1e1234567890}) is the JSON string.</li>
 *   <li>{@code boolean} fields: {@code true} or {@code false} in any case is that JSON boolean;
 *       anything else is the JSON string.</li>
 * </ol>
 *
 * <p>So the corners behave as follows. {@code " 12 "} is 12 (and hvd also warns of the spaces,
 * which JSON Schema cannot see). {@code +1} is 1 and {@code -0} is 0 in integer and number fields.
 * {@code 1e3} is 1000 in a number field and a type mismatch in an integer field, as is
 * {@code 1.0}. A character outside the BMP (a surrogate pair) is one character for
 * {@code minLength}/{@code maxLength}, as JSON Schema counts code points; a letter and a combining
 * accent are two. A value is compared with a code list's codes exactly, case and accents included.
 *
 * <p>The grammars are restated here as regular expressions, independently of
 * {@link CellValues}'s hand-written scanners, so that the property also holds those scanners to
 * the documented grammar.
 */
final class RowJson {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,9})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RowJson() {
    }

    /**
     * The JSON object of one record.
     *
     * @param standard the standard
     * @param cells    per field of the standard, in its order, the cell's text as read; a short
     *                 record's missing cells are empty, cells beyond the fields are ignored
     */
    static ObjectNode of(Standard standard, List<String> cells) {
        ObjectNode row = NODES.objectNode();
        List<Field> fields = standard.fields();
        for (int i = 0; i < fields.size(); i++) {
            String value = i < cells.size() ? CellValues.trim(cells.get(i)) : "";
            if (value.isEmpty()) {
                continue;
            }
            String name = fields.get(i).name();
            switch (fields.get(i).type()) {
                case STRING, DATE -> row.put(name, value);
                case INTEGER -> {
                    if (INTEGER.matcher(value).matches()) {
                        row.put(name, new BigInteger(withoutPlus(value)));
                    } else {
                        row.put(name, value);
                    }
                }
                case NUMBER -> {
                    if (NUMBER.matcher(value).matches()) {
                        row.put(name, new BigDecimal(withoutPlus(value)));
                    } else {
                        row.put(name, value);
                    }
                }
                case BOOLEAN -> {
                    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                        row.put(name, value.equalsIgnoreCase("true"));
                    } else {
                        row.put(name, value);
                    }
                }
            }
        }
        return row;
    }

    private static String withoutPlus(String value) {
        return value.startsWith("+") ? value.substring(1) : value;
    }
}
