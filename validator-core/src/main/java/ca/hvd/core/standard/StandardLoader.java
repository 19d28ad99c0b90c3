package ca.hvd.core.standard;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.source.HeaderNames;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one standard version's folder into a {@link Standard}: the definition is validated against
 * the meta-schema, then its references (required fields, keys, code lists, patterns) are checked.
 * Every problem names its file and place.
 */
final class StandardLoader {

    static final String DEFINITION = "standard.json";

    /** The most entries of one code list. */
    static final int MAX_CODES = 100_000;

    private StandardLoader() {
    }

    /**
     * Loads a standard version and its profiles.
     *
     * @param files    the version's folder
     * @param expected the id and version the folder stands for
     * @param profiles the names of the profiles in its {@code profiles/} folder
     */
    static Standard load(StandardFiles files, StandardRef expected, List<String> profiles) {
        String file = files.describe(DEFINITION);
        byte[] bytes = read(files, DEFINITION, expected);
        JsonNode root = parse(files, DEFINITION, bytes, expected);
        List<StandardProblem> problems = files.checked(DEFINITION, bytes) ? new ArrayList<>()
                : MetaSchema.STANDARD.check(file, root);
        if (!problems.isEmpty()) {
            throw broken(expected, problems, null);
        }
        Standard standard = new Builder(files, file, expected, root, new String(bytes, StandardCharsets.UTF_8)).build();
        Map<String, Profile> loaded = new LinkedHashMap<>();
        for (String name : profiles) {
            try {
                loaded.put(name, ProfileLoader.load(files, name, standard));
            } catch (StandardException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw broken(expected, problems, null);
        }
        return standard.withProfiles(loaded);
    }

    /** Reads and parses a JSON file of a standard's folder; its problems name the file. */
    static JsonNode readJson(StandardFiles files, String relativePath, StandardRef ref) {
        return parse(files, relativePath, read(files, relativePath, ref), ref);
    }

    /**
     * Reads and parses a JSON file of a standard's folder, and checks it against a meta-schema
     * unless the build did ({@link StandardFiles#checked}).
     *
     * @param schema   the meta-schema, compiled only when it is needed
     * @param problems receives the meta-schema's problems
     */
    static JsonNode readChecked(StandardFiles files, String relativePath, StandardRef ref,
                                java.util.function.Supplier<MetaSchema> schema, List<StandardProblem> problems) {
        byte[] bytes = read(files, relativePath, ref);
        JsonNode root = parse(files, relativePath, bytes, ref);
        if (!files.checked(relativePath, bytes)) {
            problems.addAll(schema.get().check(files.describe(relativePath), root));
        }
        return root;
    }

    private static JsonNode parse(StandardFiles files, String relativePath, byte[] bytes, StandardRef ref) {
        JsonNode root;
        try {
            root = StandardJson.read(bytes);
        } catch (StreamConstraintsException e) {
            throw broken(ref, List.of(new StandardProblem(files.describe(relativePath), "",
                    Message.of("standard.json.limit", location(e).getLineNr(), location(e).getColumnNr(),
                            StandardJson.limit(e)))), e);
        } catch (JacksonException e) {
            throw broken(ref, List.of(new StandardProblem(files.describe(relativePath), "",
                    Message.of("standard.json.unreadable", location(e).getLineNr(), location(e).getColumnNr()))), e);
        }
        List<StandardProblem> references = references(files.describe(relativePath), root);
        if (!references.isEmpty()) {
            throw broken(ref, references, null);
        }
        return root;
    }

    /** The keywords by which a JSON Schema reaches other documents; hvd's formats have none. */
    private static final java.util.Set<String> REFERENCES = java.util.Set.of("$ref", "$dynamicRef", "$recursiveRef");

    /**
     * Every {@code $ref} (or {@code $dynamicRef}, {@code $recursiveRef}) anywhere in a definition:
     * hvd never follows a reference, to the network or to another file, so each is refused by name
     * before the meta-schema would call it a property that is not allowed.
     */
    static List<StandardProblem> references(String file, JsonNode root) {
        List<StandardProblem> problems = new ArrayList<>();
        java.util.ArrayDeque<Map.Entry<String, JsonNode>> pending = new java.util.ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String at = next.getKey();
            JsonNode node = next.getValue();
            if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    String pointer = at + "/" + property.getKey().replace("~", "~0").replace("/", "~1");
                    // a profile's translation map is keyed by the publisher's values, which may be any text
                    if (REFERENCES.contains(property.getKey()) && !at.endsWith("/translate/map")) {
                        String target = property.getValue().isString() ? property.getValue().stringValue()
                                : property.getValue().toString();
                        problems.add(new StandardProblem(file, pointer, Message.of("standard.ref.refused",
                                property.getKey(), ca.hvd.core.report.Example.cut(target))));
                    }
                    children.add(Map.entry(pointer, property.getValue()));
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    pending.push(Map.entry(at + "/" + i, node.get(i)));
                }
            }
        }
        return problems;
    }

    private static TokenStreamLocation location(JacksonException e) {
        return e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation();
    }

    private static byte[] read(StandardFiles files, String relativePath, StandardRef ref) {
        try (InputStream in = files.open(relativePath)) {
            byte[] bytes = in.readNBytes(StandardJson.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > StandardJson.MAX_DOCUMENT_BYTES) {
                throw broken(ref, List.of(new StandardProblem(files.describe(relativePath), "",
                        Message.of("standard.file.too-large", StandardJson.MAX_DOCUMENT_BYTES))), null);
            }
            return bytes;
        } catch (IOException e) {
            throw broken(ref, List.of(new StandardProblem(files.describe(relativePath), "", unreadable(e))), e);
        }
    }

    /**
     * Why a file of a standard could not be read, in the user's words: missing, leading outside the
     * standards directory, a folder, a named pipe or another file that is not regular, forbidden
     * by permissions (the file or a folder on its way), or what the system says.
     */
    static Message unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Message.of("standard.file.missing");
        }
        if (e instanceof StandardFiles.OutsideException outside) {
            return Message.of("standard.file.outside", outside.target);
        }
        if (e instanceof StandardFiles.NotAFileException notAFile) {
            return Message.of(notAFile.folder ? "standard.file.folder" : "standard.file.not-regular");
        }
        if (e instanceof AccessDeniedException) {
            return Message.of("standard.file.denied");
        }
        return Message.of("standard.file.unreadable", String.valueOf(e.getMessage()));
    }

    static StandardException broken(StandardRef ref, List<StandardProblem> problems, Throwable cause) {
        return new StandardException(Message.of("standard.broken", ref.toString(), problems.size()), problems, cause);
    }

    /** The texts of a JSON array of strings. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array.values()) {
            values.add(item.stringValue());
        }
        return values;
    }

    /** A {@code {"en": …, "fr": …}} object. */
    static LocalizedText localized(JsonNode node) {
        return new LocalizedText(node.get("en").stringValue(), node.get("fr").stringValue());
    }

    /** A {@code basedOn} array. */
    static List<Basis> basedOn(JsonNode node) {
        List<Basis> basis = new ArrayList<>();
        for (JsonNode item : node.values()) {
            basis.add(new Basis(
                    localized(item.get("title")),
                    item.get("publisher").stringValue(),
                    item.has("url") ? item.get("url").stringValue() : null,
                    item.has("note") ? localized(item.get("note")) : null));
        }
        return basis;
    }

    /** Builds the model from a definition the meta-schema accepted, collecting every further problem. */
    private static final class Builder {
        private final StandardFiles files;
        private final String file;
        private final StandardRef expected;
        private final JsonNode root;
        private final String definition;
        private final List<StandardProblem> problems = new ArrayList<>();

        Builder(StandardFiles files, String file, StandardRef expected, JsonNode root, String definition) {
            this.files = files;
            this.file = file;
            this.expected = expected;
            this.root = root;
            this.definition = definition;
        }

        Standard build() {
            JsonNode table = root.get("hvd");
            checkIdentity(table);
            Map<String, CodeList> codeLists = codeLists(table.path("codeLists"));
            Set<String> declared = new HashSet<>();
            table.path("codeLists").properties().forEach(entry -> declared.add(entry.getKey()));
            Set<String> required = names(root.path("required"));
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : root.get("properties").properties()) {
                fields.add(field(property.getKey(), property.getValue(), required.contains(property.getKey()), declared));
            }
            Set<String> known = new HashSet<>();
            fields.forEach(f -> known.add(f.name()));
            requireKnown(required, known, "/required");
            sharedHeaderNames(fields);
            List<UniqueKey> keys = uniqueKeys(table.path("uniqueKeys"), known);
            List<Rule> rules = dependentRequired(root.path("dependentRequired"), known);
            rules.addAll(prefixRules(table.path("rules"), fields, codeLists));
            List<Dimension> comparability = comparability(table.path("comparability"), fields);
            if (!problems.isEmpty()) {
                throw broken(expected, problems, null);
            }
            return new Standard(
                    expected,
                    localized(table.get("title")),
                    table.has("description") ? localized(table.get("description")) : null,
                    table.path("status").asString("draft"),
                    basedOn(table.get("basedOn")),
                    "canonical".equals(table.path("columnOrder").asString("any")) ? ColumnOrder.CANONICAL : ColumnOrder.ANY,
                    fields,
                    keys,
                    rules,
                    codeLists,
                    Map.of(),
                    definition,
                    file,
                    comparability);
        }

        private void checkIdentity(JsonNode table) {
            String id = table.get("id").stringValue();
            String version = table.get("version").stringValue();
            if (!id.equals(expected.id()) || !version.equals(expected.version().toString())) {
                problem("/hvd", Message.of("standard.identity.folder", id + "@" + version, expected.toString()));
            }
            String expectedUrn = "urn:hvd:standard:" + id + ":" + version;
            if (!root.get("$id").stringValue().equals(expectedUrn)) {
                problem("/$id", Message.of("standard.identity.urn", expectedUrn));
            }
        }

        /** A field; a code list it names must be declared (a declared list that fails to load has its own problem). */
        private Field field(String name, JsonNode node, boolean required, Set<String> declaredCodeLists) {
            String at = "/properties/" + name;
            JsonNode vocabulary = node.get("hvd");
            FieldType type = switch (node.get("type").stringValue()) {
                case "integer" -> FieldType.INTEGER;
                case "number" -> FieldType.NUMBER;
                case "boolean" -> FieldType.BOOLEAN;
                default -> node.has("format") ? FieldType.DATE : FieldType.STRING;
            };
            String pattern = node.has("pattern") ? node.get("pattern").stringValue() : null;
            if (pattern != null) {
                LinearPattern.problem(pattern).ifPresent(refused -> problem(at + "/pattern", refused));
            }
            Constraints constraints = new Constraints(
                    pattern,
                    decimal(node, "minimum", "exclusiveMinimum"),
                    node.has("exclusiveMinimum"),
                    decimal(node, "maximum", "exclusiveMaximum"),
                    node.has("exclusiveMaximum"),
                    node.has("minLength") ? node.get("minLength").intValue() : null,
                    node.has("maxLength") ? node.get("maxLength").intValue() : null);
            if (constraints.minimum() != null && constraints.maximum() != null
                    && constraints.minimum().compareTo(constraints.maximum()) > 0) {
                problem(at, Message.of("standard.range.empty", constraints.minimum(), constraints.maximum()));
            }
            if (constraints.minLength() != null && constraints.maxLength() != null
                    && constraints.minLength() > constraints.maxLength()) {
                problem(at, Message.of("standard.range.empty", constraints.minLength(), constraints.maxLength()));
            }
            String codeList = vocabulary.has("codeList") ? vocabulary.get("codeList").stringValue() : null;
            if (codeList != null && !declaredCodeLists.contains(codeList)) {
                problem(at + "/hvd/codeList", Message.of("standard.codelist.undeclared", codeList));
            }
            String placeholders = vocabulary.has("placeholders") ? vocabulary.get("placeholders").stringValue() : null;
            if (placeholders != null && !declaredCodeLists.contains(placeholders)) {
                problem(at + "/hvd/placeholders", Message.of("standard.codelist.undeclared", placeholders));
            }
            TextChecks text = new TextChecks(
                    vocabulary.has("characters"),
                    placeholders,
                    vocabulary.path("consistentCase").asBoolean(false),
                    vocabulary.path("mojibake").asBoolean(false));
            JsonNode aliases = vocabulary.path("aliases");
            return new Field(
                    name,
                    localized(vocabulary.get("title")),
                    vocabulary.has("description") ? localized(vocabulary.get("description")) : null,
                    type,
                    required,
                    new Aliases(strings(aliases.path("en")), strings(aliases.path("fr"))),
                    constraints,
                    codeList,
                    vocabulary.has("example") ? vocabulary.get("example").stringValue() : null,
                    vocabulary.has("suppressionThreshold") ? vocabulary.get("suppressionThreshold").intValue() : null,
                    text,
                    vocabulary.has("separator") ? vocabulary.get("separator").stringValue() : null);
        }

        private static BigDecimal decimal(JsonNode node, String inclusive, String exclusive) {
            JsonNode value = node.has(inclusive) ? node.get(inclusive) : node.get(exclusive);
            return value == null ? null : value.decimalValue();
        }

        private Map<String, CodeList> codeLists(JsonNode declared) {
            Map<String, CodeList> lists = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : declared.properties()) {
                String path = entry.getValue().get("file").stringValue();
                CodeList list = codeList(entry.getKey(), localized(entry.getValue().get("title")), path);
                if (list != null) {
                    lists.put(entry.getKey(), list);
                }
            }
            return lists;
        }

        private CodeList codeList(String name, LocalizedText title, String path) {
            String where = files.describe(path);
            byte[] bytes;
            try (InputStream in = files.open(path)) {
                bytes = in.readNBytes(StandardJson.MAX_DOCUMENT_BYTES + 1);
            } catch (NoSuchFileException e) {
                problems.add(new StandardProblem(file, "/hvd/codeLists/" + name + "/file",
                        Message.of("standard.codelist.missing", where)));
                return null;
            } catch (StandardFiles.OutsideException e) {
                problems.add(new StandardProblem(file, "/hvd/codeLists/" + name + "/file",
                        Message.of("standard.file.outside", e.target)));
                return null;
            } catch (IOException e) {
                problems.add(new StandardProblem(where, "", unreadable(e)));
                return null;
            }
            if (bytes.length > StandardJson.MAX_DOCUMENT_BYTES) {
                problems.add(new StandardProblem(where, "", Message.of("standard.file.too-large", StandardJson.MAX_DOCUMENT_BYTES)));
                return null;
            }
            List<Code> codes = new ArrayList<>();
            int before = problems.size();
            try (CsvReader<CsvRecord> reader = CsvReader.builder()
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                List<String> header = null;
                Set<String> seen = new HashSet<>();
                for (CsvRecord record : reader) {
                    String line = "line " + record.getStartingLineNumber();
                    if (header == null) {
                        header = record.getFields();
                        if (header.size() < 3 || !header.subList(0, 3).equals(List.of("code", "label_en", "label_fr"))) {
                            problems.add(new StandardProblem(where, line, Message.of("standard.codelist.header")));
                            return null;
                        }
                        continue;
                    }
                    if (record.getFieldCount() != header.size()) {
                        problems.add(new StandardProblem(where, line, Message.of("standard.codelist.columns", header.size(), record.getFieldCount())));
                        continue;
                    }
                    String code = record.getField(0);
                    if (code.isBlank() || record.getField(1).isBlank() || record.getField(2).isBlank()) {
                        problems.add(new StandardProblem(where, line, Message.of("standard.codelist.blank")));
                    } else if (!seen.add(code)) {
                        problems.add(new StandardProblem(where, line, Message.of("standard.codelist.duplicate", code)));
                    }
                    if (codes.size() == MAX_CODES) {
                        problems.add(new StandardProblem(where, line, Message.of("standard.codelist.too-large", MAX_CODES)));
                        return null;
                    }
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 3; i < header.size(); i++) {
                        attributes.put(header.get(i), record.getField(i));
                    }
                    codes.add(new Code(code, new LocalizedText(record.getField(1), record.getField(2)), attributes));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new StandardProblem(where, "", Message.of("standard.file.unreadable", String.valueOf(e.getMessage()))));
                return null;
            }
            if (codes.isEmpty() && problems.size() == before) {
                problems.add(new StandardProblem(where, "", Message.of("standard.codelist.empty")));
            }
            return problems.size() == before ? new CodeList(name, title, path, codes) : null;
        }

        private List<UniqueKey> uniqueKeys(JsonNode node, Set<String> known) {
            List<UniqueKey> keys = new ArrayList<>();
            int i = 0;
            for (JsonNode key : node.values()) {
                String at = "/hvd/uniqueKeys/" + i++;
                Set<String> names = names(key);
                requireKnown(names, known, at);
                keys.add(new UniqueKey(new ArrayList<>(names)));
            }
            return keys;
        }

        private List<Rule> dependentRequired(JsonNode node, Set<String> known) {
            List<Rule> rules = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String at = "/dependentRequired/" + entry.getKey();
                requireKnown(Set.of(entry.getKey()), known, "/dependentRequired");
                Set<String> requires = names(entry.getValue());
                requireKnown(requires, known, at);
                if (!requires.isEmpty()) {
                    rules.add(Rule.Requires.of(entry.getKey(), new ArrayList<>(requires)));
                }
            }
            return rules;
        }

        private List<Rule> prefixRules(JsonNode node, List<Field> fields, Map<String, CodeList> codeLists) {
            List<Rule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int i = 0;
            for (JsonNode item : node.values()) {
                String at = "/hvd/rules/" + i++;
                String id = item.get("id").stringValue();
                if (!ids.add(id)) {
                    problem(at + "/id", Message.of("standard.rule.duplicate", id));
                }
                JsonNode prefix = item.get("prefix");
                String field = prefix.get("field").stringValue();
                String of = prefix.get("of").stringValue();
                String attribute = prefix.get("attribute").stringValue();
                Field subject = fields.stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
                Field coded = fields.stream().filter(f -> f.name().equals(of)).findFirst().orElse(null);
                if (subject == null) {
                    problem(at + "/prefix/field", Message.of("standard.field.unknown", field));
                }
                if (coded == null) {
                    problem(at + "/prefix/of", Message.of("standard.field.unknown", of));
                } else if (coded.codeList() == null) {
                    problem(at + "/prefix/of", Message.of("standard.rule.no-codelist", of));
                } else {
                    CodeList list = codeLists.get(coded.codeList());
                    if (list != null && !list.attributes().contains(attribute)) {
                        problem(at + "/prefix/attribute", Message.of("standard.codelist.no-attribute", list.name(), attribute));
                    }
                }
                rules.add(new Rule.Prefix(id, field, of, attribute, localized(item.get("description"))));
            }
            return rules;
        }

        /**
         * The comparability dimensions: ids unique, every field named exists, ranges are of numbers or
         * dates, minimums of numbers, sums and top shares of whole numbers, and a group is never
         * grouped by the field it adds up.
         */
        private List<Dimension> comparability(JsonNode node, List<Field> fields) {
            List<Dimension> dimensions = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int i = 0;
            for (JsonNode item : node.values()) {
                String at = "/hvd/comparability/" + i++;
                String id = item.get("id").stringValue();
                if (!ids.add(id)) {
                    problem(at + "/id", Message.of("standard.dimension.duplicate", id));
                }
                LocalizedText title = localized(item.get("title"));
                LocalizedText description = item.has("description") ? localized(item.get("description")) : null;
                List<String> by = item.has("by") ? new ArrayList<>(names(item.get("by"))) : List.of();
                for (int b = 0; b < by.size(); b++) {
                    dimensionField(fields, by.get(b), at + "/by/" + b, null);
                }
                Dimension dimension;
                if (item.has("range")) {
                    String field = item.get("range").stringValue();
                    dimensionField(fields, field, at + "/range", Set.of(FieldType.INTEGER, FieldType.NUMBER, FieldType.DATE));
                    dimension = new Dimension.Range(id, title, description, field);
                } else if (item.has("codes")) {
                    String field = item.get("codes").stringValue();
                    dimensionField(fields, field, at + "/codes", Set.of(FieldType.STRING, FieldType.BOOLEAN));
                    dimension = new Dimension.Codes(id, title, description, field);
                } else if (item.has("filled")) {
                    List<String> filled = new ArrayList<>(names(item.get("filled")));
                    for (int f = 0; f < filled.size(); f++) {
                        dimensionField(fields, filled.get(f), at + "/filled/" + f, null);
                    }
                    dimension = new Dimension.Coverage(id, title, description, filled);
                } else if (item.has("minimum")) {
                    String field = item.get("minimum").stringValue();
                    dimensionField(fields, field, at + "/minimum",
                            by.isEmpty() ? Set.of(FieldType.INTEGER, FieldType.NUMBER) : Set.of(FieldType.INTEGER));
                    notGroupedBy(field, by, at);
                    dimension = new Dimension.Minimum(id, title, description, field, by);
                } else if (item.has("topN")) {
                    String of = item.get("of").stringValue();
                    dimensionField(fields, of, at + "/of", Set.of(FieldType.INTEGER));
                    notGroupedBy(of, by, at);
                    dimension = new Dimension.TopShare(id, title, description, item.get("topN").intValue(), of, by);
                } else {
                    Dimension.Aggregate aggregate = "sum".equals(item.get("measure").stringValue())
                            ? Dimension.Aggregate.SUM : Dimension.Aggregate.COUNT;
                    String of = item.has("of") ? item.get("of").stringValue() : null;
                    if (of != null) {
                        dimensionField(fields, of, at + "/of", Set.of(FieldType.INTEGER));
                        notGroupedBy(of, by, at);
                    }
                    dimension = new Dimension.Measure(id, title, description, aggregate, of, by,
                            item.path("informational").asBoolean(false));
                }
                dimensions.add(dimension);
            }
            return dimensions;
        }

        /** A field a dimension names exists and, when types are given, is of one of them. */
        private void dimensionField(List<Field> fields, String name, String at, Set<FieldType> types) {
            Field field = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            if (field == null) {
                problem(at, Message.of("standard.field.unknown", name));
            } else if (types != null && !types.contains(field.type())) {
                problem(at, Message.of("standard.dimension.type", name, field.type().label(),
                        String.join(", ", types.stream().map(FieldType::label).sorted().toList())));
            }
        }

        private void notGroupedBy(String field, List<String> by, String at) {
            if (by.contains(field)) {
                problem(at + "/by", Message.of("standard.dimension.grouped-by-itself", field));
            }
        }

        /**
         * Each header name (a field's name or alias, compared as headers are) belongs to one field:
         * a column so named would otherwise be bound to whichever field the matcher tries first.
         * The name is reported where a later field repeats it.
         */
        private void sharedHeaderNames(List<Field> fields) {
            Map<String, String> owners = new HashMap<>();
            for (Field field : fields) {
                String at = "/properties/" + field.name();
                claim(owners, field, field.name(), at);
                for (Language language : Language.values()) {
                    List<String> aliases = field.aliases().in(language);
                    for (int i = 0; i < aliases.size(); i++) {
                        claim(owners, field, aliases.get(i), at + "/hvd/aliases/" + language.code() + "/" + i);
                    }
                }
            }
        }

        private void claim(Map<String, String> owners, Field field, String name, String at) {
            String owner = owners.putIfAbsent(HeaderNames.normalize(name), field.name());
            if (owner != null && !owner.equals(field.name())) {
                problem(at, Message.of("standard.header.shared", name, owner));
            }
        }

        private void requireKnown(Set<String> names, Set<String> known, String at) {
            for (String name : names) {
                if (!known.contains(name)) {
                    problem(at, Message.of("standard.field.unknown", name));
                }
            }
        }

        private void problem(String pointer, Message text) {
            problems.add(new StandardProblem(file, pointer, text));
        }

        private static Set<String> names(JsonNode array) {
            Set<String> names = new java.util.LinkedHashSet<>();
            for (JsonNode item : array.values()) {
                names.add(item.stringValue());
            }
            return names;
        }
    }
}
