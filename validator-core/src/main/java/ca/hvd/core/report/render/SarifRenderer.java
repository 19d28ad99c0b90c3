package ca.hvd.core.report.render;

import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as a SARIF 2.1.0 log, for code scanning (GitHub's upload-sarif and other SARIF
 * viewers). Decisions, also in {@code docs/report-format.md}:
 *
 * <ul>
 *   <li>One run; its tool lists one rule per finding code (all of them, so a rule's index is stable),
 *       with the title as {@code shortDescription} and the catalogue description as
 *       {@code fullDescription}, in the report's language, and both in both languages as its
 *       {@code help} (text and Markdown; code scanning shows the help), the report's first; the rule's
 *       {@code properties} hold {@code title} and {@code description} in both languages, and its
 *       {@code scope}.</li>
 *   <li>One result per example kept (so at most {@code --max-examples} per finding key), each
 *       {@code kind: fail} with the {@code level} of its severity in the run (error → {@code error},
 *       warning → {@code warning}, info → {@code note}); its {@code properties} say the key's exact
 *       {@code count}, the field, column and rule, and whether it {@code failsRun} at the
 *       {@code --fail-on} level. A key without examples ({@code --max-examples 0}) gives one
 *       result.</li>
 *   <li>Results are located at the CSV file, its URI relative to the working directory when the file
 *       is below it (else an absolute {@code file:} URI), and {@code region.startLine} the physical
 *       line. A finding about the whole file (line 0) is located at line 1, because code scanning
 *       needs a line; its {@code properties.fileLevel} is {@code true}.</li>
 * </ul>
 */
final class SarifRenderer implements Renderer {

    /** The schema URI written in {@code $schema}. */
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void render(ValidationReport report, RenderOptions options, Writer out) throws IOException {
        Language language = options.language();
        Messages m = Messages.of(language);
        ObjectNode root = JsonRenderer.NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Hvd.name());
        driver.put("version", report.toolVersion());
        driver.put("language", language.code());
        ArrayNode rules = driver.putArray("rules");
        for (FindingCode code : FindingCode.values()) {
            rules.add(rule(code, m));
        }
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        run.put("language", language.code());
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        // SARIF wants each artifact once: a file given twice is one artifact, its results listed twice
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (DatasetReport dataset : report.datasets()) {
            String uri = uri(dataset.source(), options.workingDirectory());
            Integer known = artifactIndex.putIfAbsent(uri, artifactIndex.size());
            int index = known != null ? known : artifactIndex.get(uri);
            if (known == null) {
                ObjectNode artifact = artifacts.addObject();
                artifact.putObject("location").put("uri", uri);
                artifact.putArray("roles").add("analysisTarget");
                artifact.put("encoding", dataset.format().encoding());
                ObjectNode properties = artifact.putObject("properties");
                properties.put("records", dataset.records());
                properties.put("conformant", dataset.conformant(report.failOn()));
            }
            for (FindingGroup group : dataset.findings()) {
                List<Example> examples = group.examples().isEmpty() ? List.of(new Example(0, 0, null)) : group.examples();
                for (Example example : examples) {
                    results.add(result(report, group, example, uri, index, m));
                }
            }
        }
        ObjectNode properties = run.putObject("properties");
        properties.put("standard", report.standard().toString());
        properties.put("failOn", report.failOn().label());
        ObjectNode overrides = properties.putObject("severityOverrides");
        Texts.overrides(report).forEach(overrides::put);
        properties.put("conformant", report.conformant());
        JsonRenderer.write(root, out);
    }

    private static ObjectNode rule(FindingCode code, Messages m) {
        ObjectNode rule = JsonRenderer.NODES.objectNode();
        rule.put("id", code.id());
        rule.put("name", pascalCase(code.id()));
        rule.putObject("shortDescription").put("text", m.format(code.titleKey()));
        rule.putObject("fullDescription").put("text", m.format(code.descriptionKey()));
        rule.putObject("help").put("text", bilingualHelp(code, m.language(), false))
                .put("markdown", bilingualHelp(code, m.language(), true));
        rule.putObject("defaultConfiguration").put("level", level(code.defaultSeverity()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("scope", code.scope().label());
        ObjectNode titles = properties.putObject("title");
        ObjectNode descriptions = properties.putObject("description");
        for (Language language : Language.values()) {
            Messages texts = Messages.of(language);
            titles.put(language.code(), texts.format(code.titleKey()));
            descriptions.put(language.code(), texts.format(code.descriptionKey()));
        }
        return rule;
    }

    /**
     * A rule's help in both languages, the report's first: code scanning shows only the help, so a
     * steward reading the other language finds it there too. Each part is the code's title and its
     * catalogue description.
     */
    private static String bilingualHelp(FindingCode code, Language first, boolean markdown) {
        StringBuilder help = new StringBuilder();
        for (Language language : first == Language.EN ? List.of(Language.EN, Language.FR) : List.of(Language.FR, Language.EN)) {
            Messages texts = Messages.of(language);
            if (help.length() > 0) {
                help.append("\n\n");
            }
            String title = texts.format(code.titleKey());
            String description = texts.format(code.descriptionKey());
            help.append(markdown ? "**" + Escape.markdown(title) + "** (" + language.code() + ")\n\n" + Escape.markdown(description)
                    : title + " (" + language.code() + ")\n" + description);
        }
        return help.toString();
    }

    private static ObjectNode result(ValidationReport report, FindingGroup group, Example example, String uri,
                                     int artifact, Messages m) {
        ObjectNode result = JsonRenderer.NODES.objectNode();
        FindingCode code = group.key().code();
        result.put("ruleId", code.id());
        result.put("ruleIndex", code.ordinal());
        result.put("kind", "fail");
        result.put("level", level(group.severity()));
        StringBuilder text = new StringBuilder(Texts.message(m, group));
        if (example.value() != null) {
            text.append(' ').append(m.format("report.value", Escape.controls(example.value())));
        }
        Texts.detail(m, group, example).ifPresent(detail -> text.append(" (").append(detail).append(')'));
        result.putObject("message").put("text", text.toString());
        ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri).put("index", artifact);
        location.putObject("region").put("startLine", Math.max(1, example.line()));
        ObjectNode properties = result.putObject("properties");
        properties.put("count", group.count());
        putIfPresent(properties, "field", group.key().field());
        putIfPresent(properties, "column", group.key().column());
        putIfPresent(properties, "rule", group.key().rule());
        if (example.record() > 0) {
            properties.put("record", example.record());
        }
        properties.put("fileLevel", example.line() == 0);
        properties.put("failsRun", report.failOn().fails(group.severity()));
        return result;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** SARIF's level of a severity. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The URI of a file as named on the command line: relative to the working directory, with
     * {@code /} and percent-encoding, when the file is below it; else an absolute {@code file:} URI.
     */
    static String uri(String source, Path workingDirectory) {
        Path path;
        try {
            path = workingDirectory.resolve(source).normalize();
        } catch (InvalidPathException e) {
            return encode(source);
        }
        if (!path.startsWith(workingDirectory)) {
            return path.toUri().toString();
        }
        List<String> segments = new ArrayList<>();
        for (Path segment : workingDirectory.relativize(path)) {
            segments.add(segment.toString());
        }
        String relative = encode(String.join("/", segments));
        return segments.isEmpty() || segments.get(0).contains(":") ? "./" + relative : relative;
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a path always makes a URI path: " + path, e);
        }
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }
}
