package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A meta-schema definitions are validated against before use: {@link #STANDARD} for
 * {@code standard.json} ({@code standard.schema.json} beside this class), {@link #PROFILE} for
 * profiles ({@code profile.schema.json}).
 */
final class MetaSchema {

    static final MetaSchema STANDARD = new MetaSchema("urn:hvd:meta:standard:1", "standard.schema.json");
    static final MetaSchema PROFILE = new MetaSchema("urn:hvd:meta:profile:1", "profile.schema.json");

    /** Keywords whose errors have their own message; others use {@code standard.schema.other}. */
    private static final Set<String> EXPLAINED = Set.of(
            "required", "additionalProperties", "type", "const", "enum", "pattern", "minLength",
            "minItems", "minProperties", "uniqueItems", "false", "not", "minimum", "oneOf", "dependentRequired");

    private final Schema schema;

    private MetaSchema(String id, String resource) {
        try (InputStream in = MetaSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            this.schema = JsonSchemas.compile(id, StandardJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a definition, in document order; empty when it is valid. */
    List<StandardProblem> check(String file, JsonNode definition) {
        List<StandardProblem> problems = new ArrayList<>();
        for (Error error : JsonSchemas.validate(schema, definition)) {
            problems.add(new StandardProblem(file, pointer(error), explain(error)));
        }
        return problems;
    }

    private static String pointer(Error error) {
        String location = error.getInstanceLocation().toString();
        String property = error.getProperty();
        boolean namesChild = "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
        if (namesChild && property != null) {
            return location + "/" + property.replace("~", "~0").replace("/", "~1");
        }
        return location;
    }

    private static Message explain(Error error) {
        String keyword = error.getKeyword() == null ? "false" : error.getKeyword();
        if (!EXPLAINED.contains(keyword)) {
            return Message.of("standard.schema.other", keyword, error.getMessage());
        }
        if (keyword.equals("type") && error.getArguments() != null && error.getArguments().length >= 2) {
            // networknt's arguments of a type error are the type found, then the type or types expected
            return Message.of("standard.schema.type", String.valueOf(error.getArguments()[0]), expected(error.getArguments()[1]));
        }
        String detail = error.getSchemaNode() == null ? "" : describe(error.getSchemaNode());
        return Message.of("standard.schema." + keyword, detail);
    }

    /** The expected JSON types of a type error, e.g. {@code array} or {@code string, array} (networknt writes {@code [string, array]}). */
    private static String expected(Object types) {
        String text = String.valueOf(types);
        return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    }

    private static String describe(JsonNode schemaValue) {
        return schemaValue.isString() ? schemaValue.stringValue() : schemaValue.toString();
    }
}
