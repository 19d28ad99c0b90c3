package ca.hvd.core.standard;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A standard as a plain JSON Schema 2020-12 document of one row, for any JSON Schema tool: the
 * {@code hvd} vocabulary is removed, titles become the English ones, and each code list is inlined
 * as an {@code enum}. A multi-valued field ({@code hvd.separator}) becomes an array of strings whose
 * items carry the field's constraints, since a JSON string cannot be checked part by part. A row of
 * a CSV file maps to JSON as {@code docs/standard-format.md} describes ("From cells to JSON"), where
 * a multi-valued cell becomes the array of its trimmed parts. A pattern that ECMA-262, JSON Schema's
 * dialect, reads otherwise than hvd ({@link LinearPattern#notEcmaScript}) is left out.
 */
public final class StandardJsonSchema {

    private StandardJsonSchema() {
    }

    /** The plain JSON Schema of a standard's row. */
    public static ObjectNode of(Standard standard) {
        ObjectNode schema = (ObjectNode) StandardJson.mapper().readTree(standard.definition());
        schema.remove("hvd");
        schema.put("title", standard.title().en());
        if (standard.description() != null) {
            schema.put("description", standard.description().en());
        }
        ObjectNode properties = (ObjectNode) schema.get("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            ObjectNode field = (ObjectNode) property.getValue();
            field.remove("hvd");
            Field model = standard.field(property.getKey()).orElseThrow();
            field.put("title", model.title().en());
            if (model.constraints().pattern() != null && LinearPattern.notEcmaScript(model.constraints().pattern()).isPresent()) {
                field.remove("pattern"); // JSON Schema's dialect would read it otherwise: left out rather than wrong
            }
            standard.codeListOf(model).ifPresent(list -> {
                ArrayNode codes = field.putArray("enum");
                list.entries().forEach(code -> codes.add(code.code()));
            });
            if (model.multiValued()) {
                toArray(field);
            }
        }
        return schema;
    }

    /** Moves the value constraints of a multi-valued field into the {@code items} of an array. */
    private static void toArray(ObjectNode field) {
        ObjectNode items = field.objectNode();
        for (String keyword : List.of("type", "pattern", "minLength", "maxLength", "enum")) {
            JsonNode value = field.remove(keyword);
            if (value != null) {
                items.set(keyword, value);
            }
        }
        field.put("type", "array");
        field.put("minItems", 1);
        field.set("items", items);
    }
}
