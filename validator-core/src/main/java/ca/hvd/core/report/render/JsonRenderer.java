package ca.hvd.core.report.render;

import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.standard.StandardRef;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report, {@code reportVersion} {@value #REPORT_VERSION}: the contract read by
 * CI and other programs, documented in {@code docs/report-format.md} and described by
 * {@code docs/report.schema.json}. Texts ({@code title}, {@code message}, {@code detail}) are in the
 * report's language; everything else is language-neutral.
 */
final class JsonRenderer implements Renderer {

    /** Bumped only for changes that break readers; new properties may appear within a version. */
    static final int REPORT_VERSION = 1;

    /** Never closes the caller's writer. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void render(ValidationReport report, RenderOptions options, Writer out) throws IOException {
        write(tree(report, options.language()), out);
    }

    /**
     * Writes a JSON tree, pretty-printed as a mapper's default pretty printer writes it, and a final
     * line break. Written with a generator node by node, not by a mapper: setting a mapper up costs
     * 50 ms of start-up, more than writing most reports.
     */
    static void write(ObjectNode tree, Writer out) throws IOException {
        ObjectWriteContext pretty = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }
        };
        try (JsonGenerator generator = FACTORY.createGenerator(pretty, out)) {
            write(tree, generator);
        } catch (JacksonIOException e) {
            // Jackson 3 wraps the writer's failure (a full disk) unchecked: the caller handles it as I/O
            throw e.getCause();
        }
        out.write('\n');
    }

    private static void write(JsonNode node, JsonGenerator out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject(node, node.size());
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    out.writeName(property.getKey());
                    write(property.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray(node, node.size());
                for (JsonNode item : node.values()) {
                    write(item, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.stringValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> {
                if (node.isInt() || node.isShort()) {
                    out.writeNumber(node.intValue());
                } else if (node.isLong()) {
                    out.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    out.writeNumber(node.bigIntegerValue());
                } else if (node.isFloat()) {
                    out.writeNumber(node.floatValue());
                } else if (node.isDouble()) {
                    out.writeNumber(node.doubleValue());
                } else {
                    out.writeNumber(node.decimalValue());
                }
            }
            default -> throw new IllegalArgumentException("hvd writes no " + node.getNodeType() + " node");
        }
    }

    static ObjectNode tree(ValidationReport report, Language language) {
        Messages m = Messages.of(language);
        ObjectNode root = NODES.objectNode();
        root.put("reportVersion", REPORT_VERSION);
        identify(root, report.toolVersion(), report.standard(), report.standardTitle(), language);
        if (report.profile() == null) {
            root.putNull("profile");
        } else {
            root.put("profile", report.profile());
        }
        ObjectNode constants = root.putObject("constants");
        report.constants().forEach(constants::put);
        root.put("language", language.code());
        root.put("failOn", report.failOn().label());
        ObjectNode overrides = root.putObject("severityOverrides");
        Texts.overrides(report).forEach(overrides::put);
        root.put("conformant", report.conformant());
        ArrayNode datasets = root.putArray("datasets");
        for (DatasetReport dataset : report.datasets()) {
            datasets.add(dataset(dataset, report, m));
        }
        return root;
    }

    /** The {@code tool} and {@code standard} objects every JSON document of hvd starts with. */
    static void identify(ObjectNode root, String toolVersion, StandardRef standardRef, LocalizedText title, Language language) {
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Hvd.name());
        tool.put("version", toolVersion);
        ObjectNode standard = root.putObject("standard");
        standard.put("id", standardRef.id());
        standard.put("version", standardRef.version().toString());
        standard.put("title", title.in(language));
    }

    private static ObjectNode dataset(DatasetReport dataset, ValidationReport report, Messages m) {
        ObjectNode node = NODES.objectNode();
        node.put("source", dataset.source());
        node.put("encoding", dataset.format().encoding());
        if (dataset.format().bom() == null) {
            node.putNull("bom");
        } else {
            node.put("bom", dataset.format().bom());
        }
        node.put("delimiter", String.valueOf(dataset.format().delimiter()));
        node.put("headerLine", dataset.format().headerLine());
        node.put("records", dataset.records());
        node.put("conformant", dataset.conformant(report.failOn()));
        ObjectNode counts = node.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.label(), dataset.count(severity));
        }
        ArrayNode findings = node.putArray("findings");
        for (FindingGroup group : dataset.findings()) {
            findings.add(finding(group, m));
        }
        ObjectNode fields = node.putObject("fields");
        for (Map.Entry<String, FieldStats> field : dataset.fields().entrySet()) {
            ObjectNode stats = fields.putObject(field.getKey());
            putNullable(stats, "column", field.getValue().column());
            stats.put("filled", field.getValue().filled());
            stats.put("empty", field.getValue().empty());
            stats.set("distribution", profile(field.getValue().profile()));
        }
        return node;
    }

    private static ObjectNode profile(ValueProfile profile) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", profile.kind().label());
        ArrayNode values = node.putArray("values");
        profile.counts().forEach((value, count) -> values.addObject().put("value", value).put("count", count));
        node.put("otherCount", profile.otherCount());
        if (profile.min() != null) {
            node.put("min", profile.min());
            node.put("max", profile.max());
        }
        return node;
    }

    private static ObjectNode finding(FindingGroup group, Messages m) {
        ObjectNode node = NODES.objectNode();
        node.put("code", group.key().code().id());
        node.put("severity", group.severity().label());
        putNullable(node, "field", group.key().field());
        putNullable(node, "column", group.key().column());
        putNullable(node, "rule", group.key().rule());
        node.put("title", Texts.title(m, group));
        node.put("message", Texts.message(m, group));
        node.put("count", group.count());
        ArrayNode examples = node.putArray("examples");
        for (Example example : group.examples()) {
            ObjectNode item = examples.addObject();
            item.put("line", example.line());
            item.put("record", example.record());
            putNullable(item, "value", example.value());
            Texts.detail(m, group, example).ifPresent(detail -> item.put("detail", detail));
        }
        return node;
    }

    static void putNullable(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
