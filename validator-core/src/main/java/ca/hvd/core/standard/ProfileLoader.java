package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.Severity;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads one profile, {@code profiles/NAME.json} of a standard's folder: validated against the
 * profile meta-schema, then against the standard it maps onto (fields, code lists and attributes
 * exist, patterns compile, finding codes are known). Every problem names the file and place.
 */
final class ProfileLoader {

    private final String file;
    private final Standard standard;
    private final List<StandardProblem> problems = new ArrayList<>();

    private ProfileLoader(String file, Standard standard) {
        this.file = file;
        this.standard = standard;
    }

    /** The folder's file of a profile. */
    static String path(String name) {
        return "profiles/" + name + ".json";
    }

    /**
     * Loads a profile of a loaded standard.
     *
     * @throws StandardException with the problems of the profile's file
     */
    static Profile load(StandardFiles files, String name, Standard standard) {
        String path = path(name);
        ProfileLoader loader = new ProfileLoader(files.describe(path), standard);
        JsonNode root = StandardLoader.readChecked(files, path, standard.ref(), () -> MetaSchema.PROFILE, loader.problems);
        if (!loader.problems.isEmpty()) {
            throw StandardLoader.broken(standard.ref(), loader.problems, null);
        }
        Profile profile = loader.build(name, root);
        if (!loader.problems.isEmpty()) {
            throw StandardLoader.broken(standard.ref(), loader.problems, null);
        }
        return profile;
    }

    private Profile build(String name, JsonNode root) {
        if (!root.get("name").stringValue().equals(name)) {
            problem("/name", Message.of("profile.name.file", root.get("name").stringValue(), name));
        }
        Map<String, FieldSource> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("fields").properties()) {
            String at = "/fields/" + entry.getKey();
            Optional<Field> field = standard.field(entry.getKey());
            if (field.isEmpty()) {
                problem(at, Message.of("standard.field.unknown", entry.getKey()));
                continue;
            }
            fields.put(entry.getKey(), source(field.get(), entry.getValue(), at));
        }
        Profile.Wide wide = root.has("wide") ? wide(root.get("wide"), fields) : null;
        JsonNode filter = root.get("filter");
        return new Profile(
                name,
                StandardLoader.localized(root.get("title")),
                root.has("description") ? StandardLoader.localized(root.get("description")) : null,
                StandardLoader.basedOn(root.get("basedOn")),
                hints(root.path("source")),
                fields,
                StandardLoader.strings(root.path("ignoredColumns")),
                wide,
                filter == null ? null : new Profile.RecordFilter(
                        StandardLoader.strings(filter.get("column")), StandardLoader.strings(filter.get("keep"))),
                severities(root.path("severities")),
                file);
    }

    private Profile.SourceHints hints(JsonNode source) {
        String encoding = source.has("encoding") ? source.get("encoding").stringValue() : null;
        if (encoding != null) {
            try {
                Charset.forName(encoding);
            } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
                problem("/source/encoding", Message.of("profile.encoding.unknown", encoding));
            }
        }
        return new Profile.SourceHints(
                encoding,
                source.has("delimiter") ? source.get("delimiter").stringValue().charAt(0) : null,
                source.has("headerLine") ? source.get("headerLine").intValue() : null);
    }

    private FieldSource source(Field field, JsonNode node, String at) {
        if (node.has("value")) {
            return new FieldSource.Constant(node.get("value").stringValue());
        }
        if (node.has("parameter")) {
            return new FieldSource.Parameter();
        }
        if (node.has("absent")) {
            if (field.required()) {
                problem(at + "/absent", Message.of("profile.absent.required", field.name()));
            }
            return new FieldSource.Absent();
        }
        FieldSource.Extract extract = null;
        JsonNode extractNode = node.get("extract");
        if (extractNode != null) {
            String pattern = extractNode.get("pattern").stringValue();
            int group = extractNode.path("group").asInt(1);
            int groups = groupCount(pattern, at + "/extract/pattern");
            if (groups >= 0 && group > groups) {
                problem(at + "/extract/group", Message.of("profile.extract.group", group, groups));
            }
            extract = new FieldSource.Extract(pattern, group,
                    "empty".equals(extractNode.path("otherwise").asString("keep"))
                            ? FieldSource.Extract.Otherwise.EMPTY : FieldSource.Extract.Otherwise.KEEP);
        }
        FieldSource.Translate translate = null;
        JsonNode translateNode = node.get("translate");
        if (translateNode != null) {
            Map<String, String> map = new LinkedHashMap<>();
            translateNode.path("map").properties().forEach(e -> map.put(e.getKey(), e.getValue().stringValue()));
            standard.codeListOf(field).ifPresent(list -> map.forEach((value, code) -> {
                if (list.find(code).isEmpty()) {
                    problem(at + "/translate/map/" + value.replace("~", "~0").replace("/", "~1"),
                            Message.of("profile.translate.unknown-code", value, code, list.name()));
                }
            }));
            String codeList = translateNode.has("codeList") ? translateNode.get("codeList").stringValue() : null;
            String by = translateNode.has("by") ? translateNode.get("by").stringValue() : null;
            if (codeList != null) {
                CodeList list = standard.codeLists().get(codeList);
                if (list == null) {
                    problem(at + "/translate/codeList", Message.of("standard.codelist.undeclared", codeList));
                } else if (!by.equals("label_en") && !by.equals("label_fr") && !list.attributes().contains(by)) {
                    problem(at + "/translate/by", Message.of("standard.codelist.no-attribute", codeList, by));
                }
            }
            translate = new FieldSource.Translate(map, codeList, by);
        }
        return new FieldSource.Column(
                StandardLoader.strings(node.get("column")),
                StandardLoader.strings(node.path("fallback")),
                extract,
                translate);
    }

    private Profile.Wide wide(JsonNode node, Map<String, FieldSource> fields) {
        String columns = node.get("columns").stringValue();
        groupCount(columns, "/wide/columns");
        String key = node.get("key").stringValue();
        String value = node.get("value").stringValue();
        for (String field : List.of(key, value)) {
            String at = "/wide/" + (field.equals(key) ? "key" : "value");
            if (standard.field(field).isEmpty()) {
                problem(at, Message.of("standard.field.unknown", field));
            } else if (fields.containsKey(field)) {
                problem(at, Message.of("profile.wide.mapped", field));
            }
        }
        Profile.TotalsRow totalsRow = null;
        JsonNode totals = node.get("totalsRow");
        if (totals != null) {
            String field = totals.get("field").stringValue();
            String pattern = totals.get("pattern").stringValue();
            groupCount(pattern, "/wide/totalsRow/pattern");
            FieldSource source = fields.get(field);
            if (standard.field(field).isEmpty()) {
                problem("/wide/totalsRow/field", Message.of("standard.field.unknown", field));
            } else if (source != null && !(source instanceof FieldSource.Column) || field.equals(key) || field.equals(value)) {
                problem("/wide/totalsRow/field", Message.of("profile.wide.totals-field", field));
            }
            totalsRow = new Profile.TotalsRow(field, pattern);
        }
        return new Profile.Wide(columns, key, value, StandardLoader.strings(node.path("suppressed")),
                StandardLoader.strings(node.path("total")), totalsRow);
    }

    private Map<FindingCode, Optional<Severity>> severities(JsonNode node) {
        Map<FindingCode, Optional<Severity>> severities = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Optional<FindingCode> code = FindingCode.byId(entry.getKey());
            if (code.isEmpty()) {
                problem("/severities/" + entry.getKey(), Message.of("profile.code.unknown", entry.getKey()));
                continue;
            }
            String level = entry.getValue().stringValue();
            severities.put(code.get(), "off".equals(level) ? Optional.empty() : Optional.of(Severity.parse(level)));
        }
        return severities;
    }

    /** The number of groups of a pattern, or -1 (with a problem) when it is refused. */
    private int groupCount(String pattern, String at) {
        Optional<Message> refused = LinearPattern.problem(pattern);
        if (refused.isPresent()) {
            problem(at, refused.get());
            return -1;
        }
        return LinearPattern.compile(pattern).groupCount();
    }

    private void problem(String pointer, Message text) {
        problems.add(new StandardProblem(file, pointer, text));
    }
}
