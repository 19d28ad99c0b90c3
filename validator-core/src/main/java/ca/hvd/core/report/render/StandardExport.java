package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardJsonSchema;
import ca.hvd.core.standard.UniqueKey;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A standard in the description languages other tools read, so that files published against it can
 * be checked by them too ({@code hvd standards export}): a Frictionless Table Schema (version 1), CSV
 * on the Web (CSVW) metadata, and a plain JSON Schema of one row ({@link StandardJsonSchema}). Each
 * says what it can of the standard; {@code docs/exports.md} lists what each leaves out (text checks,
 * cross-field rules, suppression thresholds, profiles, patterns only RE2 reads, and, in Table
 * Schema, exclusive bounds of decimal numbers and the lengths of a multi-valued field's parts).
 */
public enum StandardExport {

    /** Frictionless Table Schema 1.0, for {@code frictionless validate --schema}. */
    TABLE_SCHEMA("table-schema") {
        @Override
        public ObjectNode document(Standard standard, Language language) {
            ObjectNode schema = JsonRenderer.NODES.objectNode();
            // which standard and version: properties of the Frictionless "Metadata in Table Schema" pattern,
            // custom properties as Table Schema 1.0 allows them on a descriptor
            schema.put("name", standard.ref().id());
            schema.put("version", standard.ref().version().toString());
            schema.put("title", standard.title().in(language));
            if (standard.description() != null) {
                schema.put("description", standard.description().in(language));
            }
            ArrayNode fields = schema.putArray("fields");
            UniqueKey primary = primaryKey(standard);
            for (Field field : standard.fields()) {
                fields.add(tableSchemaField(standard, field, language, primary));
            }
            schema.putArray("missingValues").add("");
            putPrimaryKey(schema, primary);
            return schema;
        }
    },

    /** W3C CSV on the Web metadata (Metadata Vocabulary for Tabular Data), for CSVW validators such as csvlint. */
    CSVW("csvw") {
        @Override
        public ObjectNode document(Standard standard, Language language) {
            ObjectNode metadata = JsonRenderer.NODES.objectNode();
            metadata.putArray("@context").add("http://www.w3.org/ns/csvw").addObject().put("@language", language.code());
            metadata.put("url", standard.ref().id() + ".csv");
            metadata.set("dc:title", languages(standard.title()));
            if (standard.description() != null) {
                metadata.set("dc:description", languages(standard.description()));
            }
            metadata.put("dc:identifier", "urn:hvd:standard:" + standard.ref().id() + ":" + standard.ref().version());
            metadata.putObject("dialect").put("header", true).put("trim", true);
            ObjectNode tableSchema = metadata.putObject("tableSchema");
            ArrayNode columns = tableSchema.putArray("columns");
            for (Field field : standard.fields()) {
                columns.add(csvwColumn(standard, field));
            }
            putPrimaryKey(tableSchema, primaryKey(standard));
            return metadata;
        }
    },

    /** JSON Schema 2020-12 of one row as a JSON object, with titles in the chosen language. */
    JSON_SCHEMA("json-schema") {
        @Override
        public ObjectNode document(Standard standard, Language language) {
            ObjectNode schema = StandardJsonSchema.of(standard);
            schema.put("title", standard.title().in(language));
            if (standard.description() != null) {
                schema.put("description", standard.description().in(language));
            }
            JsonNode properties = schema.get("properties");
            for (Field field : standard.fields()) {
                ObjectNode property = (ObjectNode) properties.get(field.name());
                property.put("title", field.title().in(language));
                if (field.description() != null) {
                    property.put("description", field.description().in(language));
                }
            }
            return schema;
        }
    };

    private final String label;

    StandardExport(String label) {
        this.label = label;
    }

    /** The name used in options, e.g. {@code table-schema}. */
    public String label() {
        return label;
    }

    /** The document describing the standard, its titles and descriptions in a language where the format has one. */
    public abstract ObjectNode document(Standard standard, Language language);

    /** Writes the document, pretty-printed. */
    public void write(Standard standard, Language language, Writer out) throws IOException {
        JsonRenderer.write(document(standard, language), out);
    }

    /**
     * Parses a format's name, ignoring case.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static StandardExport parse(String name) {
        for (StandardExport export : values()) {
            if (export.label.equalsIgnoreCase(name.strip())) {
                return export;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'");
    }

    /**
     * The first unique key when every field of it is required, as a primary key: both formats
     * require a primary key's values, where hvd skips records with an empty key field.
     */
    static UniqueKey primaryKey(Standard standard) {
        if (standard.uniqueKeys().isEmpty()) {
            return null;
        }
        UniqueKey key = standard.uniqueKeys().get(0);
        boolean required = key.fields().stream().allMatch(name -> standard.field(name).map(Field::required).orElse(false));
        return required ? key : null;
    }

    private static void putPrimaryKey(ObjectNode schema, UniqueKey primary) {
        if (primary != null) {
            ArrayNode key = schema.putArray("primaryKey");
            primary.fields().forEach(key::add);
        }
    }

    private static ObjectNode tableSchemaField(Standard standard, Field field, Language language, UniqueKey primary) {
        ObjectNode node = JsonRenderer.NODES.objectNode();
        node.put("name", field.name());
        node.put("title", field.title().in(language));
        if (field.description() != null) {
            node.put("description", field.description().in(language));
        }
        if (field.example() != null) {
            node.put("example", field.example());
        }
        node.put("type", switch (field.type()) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
        });
        node.put("format", "default");
        if (field.type() == FieldType.BOOLEAN) {
            node.putArray("trueValues").add("true").add("True").add("TRUE");
            node.putArray("falseValues").add("false").add("False").add("FALSE");
        }
        ObjectNode constraints = node.putObject("constraints");
        if (field.required()) {
            constraints.put("required", true);
        }
        boolean soleKey = standard.uniqueKeys().stream().anyMatch(key -> key.fields().equals(List.of(field.name())) && !key.equals(primary));
        if (soleKey) {
            constraints.put("unique", true);
        }
        Constraints c = field.constraints();
        Optional<CodeList> codes = standard.codeListOf(field);
        if (field.multiValued()) {
            String part = codes.map(list -> "(" + Patterns.codes(list.codes()) + ")")
                    .or(() -> Optional.ofNullable(c.pattern()).flatMap(Patterns::xsd).map(p -> "(" + p + ")"))
                    .orElse(null);
            if (part != null) {
                constraints.put("pattern", part + "(\\s*" + Patterns.literal(field.separator()) + "\\s*" + part + ")*");
            }
        } else {
            codes.ifPresent(list -> {
                ArrayNode values = constraints.putArray("enum");
                list.codes().forEach(values::add);
            });
            if (c.pattern() != null) {
                Patterns.xsd(c.pattern()).ifPresent(p -> constraints.put("pattern", p));
            }
            if (c.minLength() != null) {
                constraints.put("minLength", c.minLength());
            }
            if (c.maxLength() != null) {
                constraints.put("maxLength", c.maxLength());
            }
        }
        if (field.type() == FieldType.INTEGER) {
            if (c.minimum() != null) {
                constraints.put("minimum", (c.exclusiveMinimum() ? c.minimum().setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                        : c.minimum().setScale(0, RoundingMode.CEILING)).toBigIntegerExact());
            }
            if (c.maximum() != null) {
                constraints.put("maximum", (c.exclusiveMaximum() ? c.maximum().setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
                        : c.maximum().setScale(0, RoundingMode.FLOOR)).toBigIntegerExact());
            }
        } else if (field.type() == FieldType.NUMBER) {
            if (c.minimum() != null && !c.exclusiveMinimum()) {
                constraints.put("minimum", c.minimum());
            }
            if (c.maximum() != null && !c.exclusiveMaximum()) {
                constraints.put("maximum", c.maximum());
            }
        }
        if (constraints.isEmpty()) {
            node.remove("constraints");
        }
        return node;
    }

    private static ObjectNode csvwColumn(Standard standard, Field field) {
        ObjectNode column = JsonRenderer.NODES.objectNode();
        column.put("name", field.name());
        ObjectNode titles = column.putObject("titles");
        titles.putArray("und").add(field.name());
        ArrayNode en = titles.putArray("en");
        field.aliases().en().forEach(en::add);
        ArrayNode fr = titles.putArray("fr");
        field.aliases().fr().forEach(fr::add);
        column.set("dc:title", languages(field.title()));
        if (field.description() != null) {
            column.set("dc:description", languages(field.description()));
        }
        if (field.required()) {
            column.put("required", true);
        }
        if (field.multiValued()) {
            column.put("separator", field.separator());
            // an empty part (CA,,EU) is a value hvd checks, not a null item
            column.putArray("null");
        }
        ObjectNode datatype = column.putObject("datatype");
        datatype.put("base", switch (field.type()) {
            // CSVW strips each part of a list of anything but string (tabular data model 6.4, step 5.3), as hvd trims it
            case STRING -> field.multiValued() ? "normalizedString" : "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
        });
        if (field.type() == FieldType.BOOLEAN) {
            datatype.put("format", "true|false");
        }
        Constraints c = field.constraints();
        Optional<CodeList> codes = standard.codeListOf(field);
        Optional<String> pattern = Patterns.portable(c.pattern());
        if (codes.isPresent()) {
            datatype.put("format", "^" + pattern.map(Patterns::lookahead).orElse("") + "(?:" + Patterns.codes(codes.get().codes()) + ")$");
        } else {
            pattern.ifPresent(p -> datatype.put("format", Patterns.whole(p)));
        }
        if (c.minimum() != null) {
            datatype.put(c.exclusiveMinimum() ? "minExclusive" : "minimum", c.minimum());
        }
        if (c.maximum() != null) {
            datatype.put(c.exclusiveMaximum() ? "maxExclusive" : "maximum", c.maximum());
        }
        if (c.minLength() != null) {
            datatype.put("minLength", c.minLength());
        }
        if (c.maxLength() != null) {
            datatype.put("maxLength", c.maxLength());
        }
        if (datatype.size() == 1) {
            column.put("datatype", datatype.get("base").asString());
        }
        return column;
    }

    /** A text in English and French as JSON-LD values with their language. */
    private static ArrayNode languages(LocalizedText text) {
        ArrayNode values = JsonRenderer.NODES.arrayNode();
        values.addObject().put("@value", text.en()).put("@language", "en");
        values.addObject().put("@value", text.fr()).put("@language", "fr");
        return values;
    }

    /** The lower-case names used in options, for messages. */
    public static String labels() {
        return String.join(", ", java.util.Arrays.stream(values()).map(StandardExport::label).toList());
    }
}
