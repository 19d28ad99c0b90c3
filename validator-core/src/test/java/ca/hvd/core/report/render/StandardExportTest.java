package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.Rule;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRef;
import ca.hvd.core.standard.StandardRegistry;
import ca.hvd.core.standard.TinyStandards;
import ca.hvd.core.standard.UniqueKey;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exports of a standard: the Table Schema of every bundled standard is valid against the
 * official Table Schema 1.0 JSON Schema, its CSVW metadata uses only the CSVW vocabulary where that
 * vocabulary allows it, and each export, read back by the small readers below (written from the
 * formats' specifications, not from hvd's code), describes the same fields and constraints as the
 * standard, less what {@code docs/exports.md} says the format cannot hold.
 */
class StandardExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();

    @TempDir
    static Path dir;

    static Stream<Arguments> bundled() {
        List<Arguments> arguments = new ArrayList<>();
        for (StandardRef ref : BUNDLED.available()) {
            for (Language language : Language.values()) {
                arguments.add(Arguments.of(ref.toString(), language));
            }
        }
        return arguments.stream();
    }

    /**
     * Every bundled standard and the test standards with exclusive bounds, dates, booleans and
     * multi-valued fields, and {@code keyed}: the {@code tags} standard with a primary key, a second
     * key of one field and a rule between fields.
     */
    static Stream<Arguments> standards() {
        List<Arguments> arguments = new ArrayList<>();
        BUNDLED.available().forEach(ref -> arguments.add(Arguments.of(ref.toString())));
        arguments.add(Arguments.of("cells"));
        arguments.add(Arguments.of("tags"));
        arguments.add(Arguments.of("keyed"));
        return arguments.stream();
    }

    private static Standard standard(String name) {
        return switch (name) {
            case "cells" -> StandardFolders.test("cells");
            case "tags" -> {
                TinyStandards.write(dir, "tags", TinyStandards.TAGS, "agreements", TinyStandards.AGREEMENTS);
                yield TinyStandards.load(dir, "tags");
            }
            case "keyed" -> {
                Path keyed = dir.resolve("keyed");
                TinyStandards.write(keyed, "tags", TinyStandards.TAGS
                        .replace("\"codeLists\": {", "\"uniqueKeys\": [[\"id\"], [\"single\"]],\n    \"codeLists\": {")
                        .replace("\"required\": [\"id\"],", "\"required\": [\"id\"], \"dependentRequired\": { \"labels\": [\"agreements\"] },"),
                        "agreements", TinyStandards.AGREEMENTS);
                yield TinyStandards.load(keyed, "tags");
            }
            default -> BUNDLED.resolve(name);
        };
    }

    private static JsonNode export(StandardExport format, Standard standard, Language language) {
        StringWriter out = new StringWriter();
        try {
            format.write(standard, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JSON.readTree(out.toString());
    }

    // ---- Table Schema against the official JSON Schema

    private static Schema tableSchemaProfile;

    static synchronized Schema tableSchemaProfile() {
        if (tableSchemaProfile == null) {
            try (InputStream in = StandardExportTest.class.getResourceAsStream("/exports/tableschema-1.0.json")) {
                JsonNode document = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().build())
                                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
                tableSchemaProfile = registry.getSchema(SchemaLocation.of("https://datapackage.org/profiles/1.0/tableschema.json"), document);
                tableSchemaProfile.initializeValidators();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tableSchemaProfile;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bundled")
    void theTableSchemaOfEveryBundledStandardIsValidAgainstTheOfficialProfile(String ref, Language language) {
        JsonNode schema = export(StandardExport.TABLE_SCHEMA, BUNDLED.resolve(ref), language);

        List<Error> errors = tableSchemaProfile().validate(schema);

        assertThat(errors).as(schema.toPrettyString()).isEmpty();
    }

    @Test
    void theOfficialProfileRejectsWhatTableSchemaForbids() {
        assertThat(tableSchemaProfile().validate(JSON.readTree("{\"fields\": []}"))).isNotEmpty();
        assertThat(tableSchemaProfile().validate(JSON.readTree("{\"fields\": [{\"name\": \"a\", \"type\": \"text\"}]}"))).isNotEmpty();
        assertThat(tableSchemaProfile().validate(JSON.readTree(
                "{\"fields\": [{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"minimum\": 1.5}}]}"))).isNotEmpty();
        assertThat(tableSchemaProfile().validate(JSON.readTree(
                "{\"fields\": [{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"minimum\": 1}}], \"primaryKey\": [\"a\"]}"))).isEmpty();
    }

    // ---- CSVW against the vocabulary

    /** The CSVW vocabulary: per property or term, the kinds of object it is defined on; datatypes and prefixes. */
    private record Vocabulary(Map<String, Set<String>> domains, Set<String> datatypes, Set<String> prefixes) {

        static Vocabulary read() {
            Map<String, Set<String>> domains = new HashMap<>();
            Set<String> datatypes = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            try (InputStream in = StandardExportTest.class.getResourceAsStream("/exports/csvw-vocabulary.csv")) {
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
                for (String line : lines) {
                    String[] cells = line.split(",", -1);
                    switch (cells[1]) {
                        case "datatype" -> datatypes.add(cells[0]);
                        case "prefix" -> prefixes.add(cells[0]);
                        default -> domains.put(cells[0], Set.of(cells[2].split(" ")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Vocabulary(domains, datatypes, prefixes);
        }

        /** The problems of an object of a kind: keys that are neither a property defined on it nor a prefixed name. */
        List<String> check(JsonNode object, String kind, String where) {
            List<String> problems = new ArrayList<>();
            for (String key : object.propertyNames()) {
                int colon = key.indexOf(':');
                boolean prefixed = colon > 0 && prefixes.contains(key.substring(0, colon));
                boolean defined = domains.getOrDefault(key, Set.of()).contains(kind);
                if (!prefixed && !defined && !key.startsWith("@")) {
                    problems.add(where + "/" + key + " is not a CSVW property of a " + kind);
                }
            }
            return problems;
        }
    }

    /** RFC 6570 variable names (letters, digits, underscore, percent-encoding, dots between), not starting with an underscore. */
    private static final Pattern COLUMN_NAME = Pattern.compile("(?!_)([A-Za-z0-9_]|%[0-9A-Fa-f]{2})+(\\.([A-Za-z0-9_]|%[0-9A-Fa-f]{2})+)*");

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bundled")
    void theCsvwMetadataOfEveryBundledStandardUsesOnlyTheCsvwVocabulary(String ref, Language language) {
        Standard standard = BUNDLED.resolve(ref);
        JsonNode metadata = export(StandardExport.CSVW, standard, language);
        Vocabulary vocabulary = Vocabulary.read();
        List<String> problems = new ArrayList<>(vocabulary.check(metadata, "Table", ""));
        problems.addAll(vocabulary.check(metadata.get("dialect"), "Dialect", "/dialect"));
        JsonNode schema = metadata.get("tableSchema");
        problems.addAll(vocabulary.check(schema, "Schema", "/tableSchema"));
        Set<String> names = new HashSet<>();
        for (JsonNode column : schema.get("columns").values()) {
            String name = column.get("name").asString();
            names.add(name);
            problems.addAll(vocabulary.check(column, "Column", "/columns/" + name));
            assertThat(name).matches(COLUMN_NAME);
            column.get("titles").properties().forEach(entry -> {
                assertThat(entry.getKey()).matches("[a-z]{2,3}");
                assertThat(entry.getValue().values()).allMatch(JsonNode::isString);
            });
            JsonNode datatype = column.get("datatype");
            String base = datatype.isString() ? datatype.asString() : datatype.get("base").asString();
            assertThat(vocabulary.datatypes()).contains(base);
            if (datatype.isObject()) {
                problems.addAll(vocabulary.check(datatype, "Datatype", "/columns/" + name + "/datatype"));
                if (datatype.has("format") && (base.equals("string") || base.equals("normalizedString"))) {
                    assertThat(Pattern.compile(datatype.get("format").asString())).isNotNull();
                }
            }
            for (String text : List.of("dc:title", "dc:description")) {
                if (column.has(text)) {
                    assertThat(column.get(text).values()).allMatch(v -> v.has("@value") && v.has("@language"));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(metadata.get("@context").get(0).asString()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(metadata.get("@context").get(1).get("@language").asString()).isEqualTo(language.code());
        assertThat(metadata.get("url").asString()).isEqualTo(standard.ref().id() + ".csv");
        if (schema.has("primaryKey")) {
            assertThat(names).containsAll(schema.get("primaryKey").values().stream().map(JsonNode::asString).toList());
        }
    }

    // ---- Round trips: read each export back and compare with the standard

    /** What a description of a table says about one field, in the terms all three formats share. */
    record Described(String name, String type, boolean required, String pattern, BigDecimal minimum, boolean exclusiveMinimum,
                     BigDecimal maximum, boolean exclusiveMaximum, Integer minLength, Integer maxLength, List<String> codes,
                     String separator) {
    }

    /** What the standard says of a field. */
    private static Described original(Standard standard, Field field) {
        Constraints c = field.constraints();
        return new Described(field.name(), field.type().label(), field.required(), c.pattern(), c.minimum(), c.exclusiveMinimum(),
                c.maximum(), c.exclusiveMaximum(), c.minLength(), c.maxLength(),
                standard.codeListOf(field).map(CodeList::codes).map(List::copyOf).orElse(null), field.separator());
    }

    /** What a Table Schema can say of it: no exclusive bounds of decimals; of a multi-valued field, its parts' codes or pattern, not their lengths. */
    private static Described inTableSchema(Standard standard, Field field) {
        Described d = original(standard, field);
        boolean decimal = field.type() == FieldType.NUMBER;
        BigDecimal min = decimal && d.exclusiveMinimum() ? null : d.minimum();
        BigDecimal max = decimal && d.exclusiveMaximum() ? null : d.maximum();
        boolean multi = field.multiValued();
        return new Described(d.name(), d.type(), d.required(), multi && d.codes() != null ? null : d.pattern(), min, false, max, false,
                multi ? null : d.minLength(), multi ? null : d.maxLength(), d.codes(), d.separator());
    }

    /** What a JSON Schema says: everything but the separator (a multi-valued cell is an array, marked "*"). */
    private static Described inJsonSchema(Standard standard, Field field) {
        Described d = original(standard, field);
        return new Described(d.name(), d.type(), d.required(), d.pattern(), d.minimum(), d.exclusiveMinimum(), d.maximum(),
                d.exclusiveMaximum(), d.minLength(), d.maxLength(), d.codes(), field.multiValued() ? "*" : null);
    }

    /** Reads a Table Schema (version 1.0) back. */
    static List<Described> readTableSchema(JsonNode schema) {
        List<Described> fields = new ArrayList<>();
        for (JsonNode field : schema.get("fields").values()) {
            JsonNode c = field.path("constraints");
            String type = field.get("type").asString();
            String pattern = c.has("pattern") ? c.get("pattern").asString() : null;
            List<String> codes = c.has("enum") ? c.get("enum").values().stream().map(JsonNode::asString).toList() : null;
            String separator = null;
            Matcher list = Pattern.compile("\\((.*)\\)\\(\\\\s\\*(\\\\?.)\\\\s\\*\\(\\1\\)\\)\\*").matcher(pattern == null ? "" : pattern);
            if (list.matches()) {
                separator = list.group(2).replace("\\", "");
                pattern = list.group(1);
                if (pattern.matches("([^\\\\|()\\[\\]{}.*+?^$]|\\\\.)+(\\|([^\\\\|()\\[\\]{}.*+?^$]|\\\\.)+)*")) {
                    codes = List.of(pattern.split("\\|"));
                    codes = codes.stream().map(code -> code.replaceAll("\\\\(.)", "$1")).toList();
                    pattern = null;
                }
            }
            fields.add(new Described(field.get("name").asString(), type, c.path("required").asBoolean(false),
                    pattern == null ? null : "^" + pattern + "$",
                    c.has("minimum") ? c.get("minimum").decimalValue() : null, false,
                    c.has("maximum") ? c.get("maximum").decimalValue() : null, false,
                    c.has("minLength") ? c.get("minLength").intValue() : null,
                    c.has("maxLength") ? c.get("maxLength").intValue() : null, codes, separator));
        }
        return fields;
    }

    /** Reads CSVW metadata back: a code list is a format that is an alternation of literal codes. */
    static List<Described> readCsvw(JsonNode metadata) {
        List<Described> fields = new ArrayList<>();
        for (JsonNode column : metadata.get("tableSchema").get("columns").values()) {
            JsonNode datatype = column.get("datatype");
            JsonNode facets = datatype.isObject() ? datatype : JSON.createObjectNode();
            String base = datatype.isString() ? datatype.asString() : datatype.get("base").asString();
            String format = facets.has("format") && !base.equals("boolean") ? facets.get("format").asString() : null;
            // normalizedString is a string whose list items CSVW strips: the same values as hvd's trimmed parts
            base = base.equals("normalizedString") ? "string" : base;
            List<String> codes = null;
            Matcher alternation = Pattern.compile("\\^\\(\\?:(.*)\\)\\$").matcher(format == null ? "" : format);
            if (alternation.matches()) {
                codes = List.of(alternation.group(1).split("(?<!\\\\)\\|")).stream().map(code -> code.replaceAll("\\\\(.)", "$1")).toList();
                format = null;
            }
            boolean exclusiveMinimum = facets.has("minExclusive");
            boolean exclusiveMaximum = facets.has("maxExclusive");
            JsonNode min = exclusiveMinimum ? facets.get("minExclusive") : facets.get("minimum");
            JsonNode max = exclusiveMaximum ? facets.get("maxExclusive") : facets.get("maximum");
            fields.add(new Described(column.get("name").asString(), base, column.path("required").asBoolean(false), format,
                    min == null ? null : min.decimalValue(), exclusiveMinimum, max == null ? null : max.decimalValue(), exclusiveMaximum,
                    facets.has("minLength") ? facets.get("minLength").intValue() : null,
                    facets.has("maxLength") ? facets.get("maxLength").intValue() : null, codes,
                    column.has("separator") ? column.get("separator").asString() : null));
        }
        return fields;
    }

    /** Reads a JSON Schema of a row back: a multi-valued field is an array whose items hold the constraints. */
    static List<Described> readJsonSchema(JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").values().forEach(name -> required.add(name.asString()));
        List<Described> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            JsonNode node = property.getValue();
            boolean array = "array".equals(node.get("type").asString());
            JsonNode values = array ? node.get("items") : node;
            String type = values.get("type").asString();
            if (type.equals("string") && "date".equals(values.path("format").asString())) {
                type = "date";
            }
            boolean exclusiveMinimum = values.has("exclusiveMinimum");
            boolean exclusiveMaximum = values.has("exclusiveMaximum");
            JsonNode min = exclusiveMinimum ? values.get("exclusiveMinimum") : values.get("minimum");
            JsonNode max = exclusiveMaximum ? values.get("exclusiveMaximum") : values.get("maximum");
            fields.add(new Described(property.getKey(), type, required.contains(property.getKey()),
                    values.has("pattern") ? values.get("pattern").asString() : null,
                    min == null ? null : min.decimalValue(), exclusiveMinimum, max == null ? null : max.decimalValue(), exclusiveMaximum,
                    values.has("minLength") ? values.get("minLength").intValue() : null,
                    values.has("maxLength") ? values.get("maxLength").intValue() : null,
                    values.has("enum") ? values.get("enum").values().stream().map(JsonNode::asString).toList() : null,
                    array ? "*" : null));
        }
        return fields;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void theTableSchemaReadBackDescribesTheSameFieldsLessWhatItCannotSay(String name) {
        Standard standard = standard(name);

        List<Described> read = readTableSchema(export(StandardExport.TABLE_SCHEMA, standard, Language.EN));

        assertThat(read).usingRecursiveFieldByFieldElementComparator(numbersByValue())
                .containsExactlyElementsOf(standard.fields().stream().map(f -> inTableSchema(standard, f)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void theCsvwMetadataReadBackDescribesTheSameFields(String name) {
        Standard standard = standard(name);

        List<Described> read = readCsvw(export(StandardExport.CSVW, standard, Language.FR));

        assertThat(read).usingRecursiveFieldByFieldElementComparator(numbersByValue())
                .containsExactlyElementsOf(standard.fields().stream().map(f -> original(standard, f)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void theJsonSchemaReadBackDescribesTheSameFields(String name) {
        Standard standard = standard(name);

        List<Described> read = readJsonSchema(export(StandardExport.JSON_SCHEMA, standard, Language.EN));

        assertThat(read).usingRecursiveFieldByFieldElementComparator(numbersByValue())
                .containsExactlyElementsOf(standard.fields().stream().map(f -> inJsonSchema(standard, f)).toList());
    }

    /** What a description of a table says about its keys and the rules between its fields. */
    record Keys(List<String> primaryKey, List<String> unique, Map<String, List<String>> dependentRequired) {
    }

    /**
     * The keys and rules a format can say: the first unique key as a primary key when every field
     * of it is required, the other keys of one field as unique fields (Table Schema), the rules
     * that a field needs others (JSON Schema).
     */
    private static Keys keys(Standard standard, boolean primaryKey, boolean unique, boolean rules) {
        List<UniqueKey> keys = standard.uniqueKeys();
        List<String> primary = keys.isEmpty() || !keys.get(0).fields().stream()
                .allMatch(name -> standard.field(name).orElseThrow().required()) ? null : keys.get(0).fields();
        List<String> single = keys.stream().filter(key -> key.fields().size() == 1 && !key.fields().equals(primary))
                .map(key -> key.fields().get(0)).toList();
        Map<String, List<String>> requires = new HashMap<>();
        standard.rules().forEach(rule -> {
            if (rule instanceof Rule.Requires r) {
                requires.put(r.field(), r.requires());
            }
        });
        return new Keys(primaryKey ? primary : null, unique ? single : List.of(), rules ? requires : Map.of());
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? null : array.values().stream().map(JsonNode::asString).toList();
    }

    /** Reads a Table Schema's keys back: {@code primaryKey} and the fields whose values are {@code unique}. */
    static Keys readTableSchemaKeys(JsonNode schema) {
        List<String> unique = schema.get("fields").values().stream().filter(f -> f.path("constraints").path("unique").asBoolean(false))
                .map(f -> f.get("name").asString()).toList();
        return new Keys(strings(schema.get("primaryKey")), unique, Map.of());
    }

    /** Reads CSVW metadata's keys back: the table schema's {@code primaryKey}. */
    static Keys readCsvwKeys(JsonNode metadata) {
        return new Keys(strings(metadata.get("tableSchema").get("primaryKey")), List.of(), Map.of());
    }

    /** Reads a JSON Schema's rules back: {@code dependentRequired}. */
    static Keys readJsonSchemaKeys(JsonNode schema) {
        Map<String, List<String>> requires = new HashMap<>();
        schema.path("dependentRequired").properties().forEach(entry -> requires.put(entry.getKey(), strings(entry.getValue())));
        return new Keys(null, List.of(), requires);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void eachExportReadBackHasTheKeysAndRulesItCanSay(String name) {
        Standard standard = standard(name);

        Keys tableSchema = readTableSchemaKeys(export(StandardExport.TABLE_SCHEMA, standard, Language.EN));
        Keys csvw = readCsvwKeys(export(StandardExport.CSVW, standard, Language.EN));
        Keys jsonSchema = readJsonSchemaKeys(export(StandardExport.JSON_SCHEMA, standard, Language.EN));

        assertThat(tableSchema).isEqualTo(keys(standard, true, true, false));
        assertThat(csvw).isEqualTo(keys(standard, true, false, false));
        assertThat(jsonSchema).isEqualTo(keys(standard, false, false, true));
    }

    @Test
    void aKeyedStandardExportsItsPrimaryKeyItsOtherOneFieldKeyAndItsRule() {
        Standard keyed = standard("keyed");

        assertThat(readTableSchemaKeys(export(StandardExport.TABLE_SCHEMA, keyed, Language.EN)))
                .isEqualTo(new Keys(List.of("id"), List.of("single"), Map.of()));
        assertThat(readCsvwKeys(export(StandardExport.CSVW, keyed, Language.EN))).isEqualTo(new Keys(List.of("id"), List.of(), Map.of()));
        assertThat(readJsonSchemaKeys(export(StandardExport.JSON_SCHEMA, keyed, Language.EN)))
                .isEqualTo(new Keys(null, List.of(), Map.of("labels", List.of("agreements"))));
    }

    private static org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration numbersByValue() {
        return org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build();
    }

    // ---- What each format makes of particular fields

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bundled")
    void eachExportNamesTheStandardAndItsExactVersion(String ref, Language language) {
        Standard standard = BUNDLED.resolve(ref);
        String id = standard.ref().id();
        String version = standard.ref().version().toString();

        JsonNode tableSchema = export(StandardExport.TABLE_SCHEMA, standard, language);
        JsonNode csvw = export(StandardExport.CSVW, standard, language);
        JsonNode jsonSchema = export(StandardExport.JSON_SCHEMA, standard, language);

        assertThat(List.of(tableSchema.get("name").asString(), tableSchema.get("version").asString())).containsExactly(id, version);
        assertThat(tableSchema.get("title").asString()).isEqualTo(standard.title().in(language));
        assertThat(csvw.get("dc:identifier").asString()).isEqualTo("urn:hvd:standard:" + id + ":" + version);
        assertThat(jsonSchema.get("$id").asString()).isEqualTo("urn:hvd:standard:" + id + ":" + version);
    }

    @Test
    void aFieldOfTheTableSchemaHasItsTypeTitleExampleAndConstraints() {
        JsonNode schema = export(StandardExport.TABLE_SCHEMA, BUNDLED.resolve("newborn-names@1.0.0"), Language.FR);

        assertThat(schema.get("fields").get(1)).isEqualTo(JSON.readTree("""
                { "name": "year", "title": "Année de naissance", "example": "2019", "type": "integer", "format": "default",
                  "constraints": { "required": true, "minimum": 1900, "maximum": 2100 } }"""));
        assertThat(schema.get("primaryKey")).isEqualTo(JSON.readTree("[\"jurisdiction\", \"year\", \"sex\", \"name\"]"));
        assertThat(schema.get("missingValues")).isEqualTo(JSON.readTree("[\"\"]"));
    }

    @Test
    void aMultiValuedFieldOfCodesIsAPatternOverTheWholeCellInTableSchemaAndASeparatorInCsvw() {
        Standard contracts = BUNDLED.resolve("federal-contracts@1.0.0");
        JsonNode tableSchema = export(StandardExport.TABLE_SCHEMA, contracts, Language.EN);
        JsonNode csvw = export(StandardExport.CSVW, contracts, Language.EN);
        JsonNode field = Stream.of(tableSchema.get("fields").values().toArray(new JsonNode[0]))
                .filter(f -> f.get("name").asString().equals("land_claims")).findFirst().orElseThrow();
        JsonNode column = Stream.of(csvw.get("tableSchema").get("columns").values().toArray(new JsonNode[0]))
                .filter(c -> c.get("name").asString().equals("land_claims")).findFirst().orElseThrow();
        String codes = String.join("|", contracts.codeLists().get("land-claims").codes());

        assertThat(field.get("constraints").get("pattern").asString()).isEqualTo("(" + codes + ")(\\s*,\\s*(" + codes + "))*");
        assertThat(column.get("separator").asString()).isEqualTo(",");
        assertThat(column.get("null")).isEqualTo(JSON.readTree("[]"));
        assertThat(column.get("datatype")).isEqualTo(JSON.createObjectNode().put("base", "normalizedString").put("format", "^(?:" + codes + ")$"));
        assertThat("NA, JN").matches(field.get("constraints").get("pattern").asString().replace("(", "(?:"));
    }

    /**
     * Whether a CSVW validator accepts a cell of a column whose datatype is text with a format and
     * lengths, as the tabular data model's "Parsing cells" (section 6.4) reads it: the dialect's
     * trim, then steps 1 and 2 (line breaks and tabs as spaces, stripped and collapsed unless the
     * base is string or normalizedString), 4 and 5 (a list: empty is no item, split at the
     * separator, each item stripped unless the base is string), 7 (null values) and 9 (the format
     * matches the whole value, the lengths hold). Written from the specification, not from hvd.
     */
    static boolean csvwAccepts(JsonNode column, String cell) {
        JsonNode datatype = column.get("datatype");
        String base = datatype.isString() ? datatype.asString() : datatype.get("base").asString();
        boolean string = base.equals("string") || base.equals("anyAtomicType");
        String value = xmlStrip(cell);
        if (!string) {
            value = value.replaceAll("[\\r\\n\\t]", " ");
        }
        if (!string && !base.equals("normalizedString")) {
            value = xmlStrip(value).replaceAll("[ \\t\\r\\n]{2,}", " ");
        }
        List<String> nulls = !column.has("null") ? List.of("")
                : column.get("null").isArray() ? column.get("null").values().stream().map(JsonNode::asString).toList()
                : List.of(column.get("null").asString());
        if (!column.has("separator")) {
            return nulls.contains(value) ? !column.path("required").asBoolean(false) : fits(datatype, value);
        }
        if (value.isEmpty()) {
            return !column.path("required").asBoolean(false);
        }
        for (String item : value.split(Pattern.quote(column.get("separator").asString()), -1)) {
            String part = string ? item : xmlStrip(item);
            if (!nulls.contains(part) && !fits(datatype, part)) {
                return false;
            }
        }
        return true;
    }

    private static String xmlStrip(String text) {
        return text.replaceAll("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$", "");
    }

    private static boolean fits(JsonNode datatype, String value) {
        return !datatype.isObject() || (!datatype.has("format") || Pattern.compile(datatype.get("format").asString()).matcher(value).matches())
                && value.codePointCount(0, value.length()) >= datatype.path("minLength").asInt(0)
                && value.codePointCount(0, value.length()) <= datatype.path("maxLength").asInt(Integer.MAX_VALUE);
    }

    /** Cells of the multi-valued fields of {@code tags}: spaces around parts, empty parts, wrong codes, patterns and lengths. */
    private static final List<String> AGREEMENTS = List.of("CA, EU", "CA,EU", "CA ,EU", "CA,\tEU", " CA , EU ", "XX", "CA,EU,XX",
            "CA, eu", "CA,,EU", "CA, FR", "CA,");
    private static final List<String> LABELS = List.of("ab; cd", "ab;cd", " ab ;  cd", "abcd", "ab; c d", "ab;;cd", "ab ;cde", "a", "AB");

    @Test
    void csvwAcceptsExactlyTheMultiValuedCellsHvdAccepts() throws IOException {
        Standard tags = standard("tags");
        JsonNode columns = export(StandardExport.CSVW, tags, Language.EN).get("tableSchema").get("columns");
        StringBuilder csv = new StringBuilder("id,agreements,labels\n");
        int rows = Math.max(AGREEMENTS.size(), LABELS.size());
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(",\"").append(AGREEMENTS.get(i % AGREEMENTS.size())).append("\",\"")
                    .append(LABELS.get(i % LABELS.size())).append("\"\n");
        }
        Path file = Files.writeString(dir.resolve("tags.csv"), csv);

        DatasetReport report = Validator.validate(ValidationRequest.builder(tags).exampleLimit(100)
                .dataset(new DatasetInput(file, "tags")).build()).datasets().get(0);

        for (int column = 1; column <= 2; column++) {
            String field = columns.get(column).get("name").asString();
            List<String> cells = column == 1 ? AGREEMENTS : LABELS;
            Set<Long> refused = new HashSet<>();
            report.findings().stream().filter(group -> field.equals(group.key().field()) && group.severity() == Severity.ERROR)
                    .forEach(group -> group.examples().forEach(example -> refused.add(example.record())));
            for (int i = 0; i < rows; i++) {
                String cell = cells.get(i % cells.size());
                assertThat(csvwAccepts(columns.get(column), cell)).as(field + " \"" + cell + "\"").isEqualTo(!refused.contains(i + 1L));
            }
        }
    }

    @Test
    void aPatternOnlyRe2ReadsIsLeftOutOfEveryExportRatherThanExportedWrong(@TempDir Path own) {
        String definition = TinyStandards.TAGS
                .replace("\"id\": { \"type\": \"string\",", "\"id\": { \"type\": \"string\", \"pattern\": \"^[0-9]+\\\\z\",")
                .replace("\"agreements\": {\n      \"type\": \"string\",", "\"agreements\": {\n      \"type\": \"string\", \"pattern\": \"^[A-Z]{2}$\",")
                .replace("\"pattern\": \"^[a-z]+$\"", "\"pattern\": \"(?i)^[a-z]+$\"")
                .replace("\"single\": {\n      \"type\": \"string\",", "\"single\": {\n      \"type\": \"string\", \"pattern\": \"^\\\\pL+$\",");
        TinyStandards.write(own, "tags", definition, "agreements", TinyStandards.AGREEMENTS);
        Standard tags = TinyStandards.load(own, "tags");

        JsonNode tableSchema = export(StandardExport.TABLE_SCHEMA, tags, Language.EN).get("fields");
        JsonNode csvw = export(StandardExport.CSVW, tags, Language.EN).get("tableSchema").get("columns");
        JsonNode jsonSchema = export(StandardExport.JSON_SCHEMA, tags, Language.EN).get("properties");

        assertThat(tags.fields()).extracting(f -> f.constraints().pattern()).as("hvd keeps them")
                .containsExactly("^[0-9]+\\z", "^[A-Z]{2}$", "(?i)^[a-z]+$", "^\\pL+$");
        assertThat(tableSchema.values()).extracting(f -> f.path("constraints").path("pattern").asString(null))
                .containsExactly(null, "(CA|EU|XX)(\\s*,\\s*(CA|EU|XX))*", null, null);
        assertThat(csvw.values()).extracting(c -> c.get("datatype").isObject() ? c.get("datatype").path("format").asString(null) : null)
                .containsExactly(null, "^(?=[\\s\\S]*?(?:^[A-Z]{2}$))(?:CA|EU|XX)$", null, "^(?:CA|EU|XX)$");
        assertThat(jsonSchema.properties()).extracting(p -> p.getValue().path("items").has("pattern") || p.getValue().has("pattern"))
                .containsExactly(false, true, false, false);
    }

    @Test
    void aKeyWithAnOptionalFieldIsNoPrimaryKeyAndExclusiveBoundsAreKeptOnlyInCsvw() {
        Standard cells = StandardFolders.test("cells");

        JsonNode share = export(StandardExport.CSVW, cells, Language.EN).get("tableSchema").get("columns").get(5);

        assertThat(export(StandardExport.TABLE_SCHEMA, BUNDLED.resolve("federal-contracts@1.0.0"), Language.EN).has("primaryKey")).isFalse();
        assertThat(share.get("datatype")).isEqualTo(JSON.readTree("{ \"base\": \"number\", \"minExclusive\": 0, \"maxExclusive\": 1 }"));
        assertThat(export(StandardExport.TABLE_SCHEMA, cells, Language.EN).get("fields").get(5).has("constraints")).isFalse();
    }

    @Test
    void theJsonSchemaTitlesAreInTheChosenLanguage() {
        ObjectNode schema = (ObjectNode) export(StandardExport.JSON_SCHEMA, BUNDLED.resolve("civic-addresses@1.1.0"), Language.FR);

        assertThat(schema.get("title").asString()).isEqualTo("Adresses municipales");
        assertThat(schema.get("properties").get("unit_type").get("title").asString()).isEqualTo("Désignateur d'unité");
        assertThat(schema.get("properties").get("unit_type").get("enum")).hasSize(11);
    }

    @Test
    void patternsAreRewrittenForXmlSchemaOnlyWhenTheyMeanTheSameThere() {
        assertThat(Patterns.xsd("^[0-9]{7}$")).contains("[0-9]{7}");
        assertThat(Patterns.xsd("[0-9]{7}")).contains(".*([0-9]{7}).*");
        assertThat(Patterns.xsd("^Q[1-4]")).contains("(Q[1-4]).*");
        assertThat(Patterns.xsd("^(a|b)$")).contains("(a|b)");
        assertThat(Patterns.xsd("^a|b$")).isEmpty();
        assertThat(Patterns.xsd("^(?:a)$")).isEmpty();
        assertThat(Patterns.xsd("^a+?$")).isEmpty();
        assertThat(Patterns.xsd("^\\bword$")).isEmpty();
        assertThat(Patterns.xsd("^\\u00e9$")).isEmpty();
        assertThat(Patterns.whole("^[0-9]{7}$")).isEqualTo("^[0-9]{7}$");
        assertThat(Patterns.whole("[0-9]{7}")).isEqualTo("^[\\s\\S]*?(?:[0-9]{7})[\\s\\S]*$");
        assertThat(Pattern.compile(Patterns.whole("^a|b$")).matcher("xb").matches()).isTrue();
        assertThat(Patterns.literal("A.B|C")).isEqualTo("A\\.B\\|C");
    }
}
