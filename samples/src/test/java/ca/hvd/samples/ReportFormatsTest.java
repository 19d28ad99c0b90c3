package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Every sample, in both languages, written in every format in one run: each report says the
 * sample's verdict and shows exactly the findings of its JSON report (which {@link SamplesTest}
 * holds to the expectations), with their counts and example lines.
 */
class ReportFormatsTest {

    private static final Map<String, List<String>> VERDICTS = Map.of(
            "en", List.of("CONFORMANT", "NOT CONFORMANT"),
            "fr", List.of("CONFORME", "NON CONFORME"));
    private static final Map<String, Map<String, String>> SEVERITIES = Map.of(
            "en", Map.of("error", "error", "warning", "warning", "info", "info"),
            "fr", Map.of("error", "erreur", "warning", "avertissement", "info", "info"));

    @TempDir
    Path dir;

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        for (Path sample : SamplesTest.samples().toList()) {
            for (String lang : List.of("en", "fr")) {
                runs.add(Arguments.of(SamplesTest.SAMPLES.relativize(sample), lang));
            }
        }
        return runs.stream();
    }

    /** One finding of the JSON report, as the other formats must show it. */
    record Finding(String code, String severity, String subject, long count, List<Long> lines, List<String> values) {

        static Finding of(JsonNode node) {
            StringBuilder subject = new StringBuilder();
            String field = text(node, "field");
            String column = text(node, "column");
            String rule = text(node, "rule");
            if (field != null) {
                subject.append(field);
            }
            if (column != null && !column.isEmpty() && !column.equals(field) && !column.equals(rule)) {
                subject.append(subject.length() > 0 ? " " : "").append('[').append(column).append(']');
            }
            if (rule != null && !rule.equals(field)) {
                subject.append(subject.length() > 0 ? " " : "").append('{').append(rule).append('}');
            }
            List<Long> lines = new ArrayList<>();
            List<String> values = new ArrayList<>();
            node.get("examples").values().forEach(example -> {
                lines.add(example.get("line").asLong());
                values.add(text(example, "value"));
            });
            return new Finding(node.get("code").asString(), node.get("severity").asString(), subject.toString(),
                    node.get("count").asLong(), lines, values);
        }

        private static String text(JsonNode node, String property) {
            JsonNode value = node.get(property);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("runs")
    void everyFormatShowsTheVerdictAndEveryFindingOfTheSample(Path sample, String lang) throws Exception {
        JsonNode expected = SamplesTest.expectations(SamplesTest.SAMPLES.resolve(sample));
        String standard = expected.get("standard").asString();
        List<String> options = expected.path("options").values().stream().map(JsonNode::asString).toList();
        Path text = dir.resolve("report.txt");
        Path markdown = dir.resolve("report.md");
        Path html = dir.resolve("report.html");
        Path junit = dir.resolve("junit.xml");
        Path sarif = dir.resolve("hvd.sarif");

        List<String> args = new ArrayList<>(List.of("validate", sample.toString(), "-s", standard, "--lang", lang,
                "--max-examples", "10", "--format", "json", "--format", "text=" + text, "--format", "markdown=" + markdown,
                "--format", "html=" + html, "--format", "junit=" + junit, "--format", "sarif=" + sarif));
        args.addAll(options);
        Reports.Run run = Reports.hvd(args);

        JsonNode dataset = Reports.JSON.readTree(run.out()).get("datasets").get(0);
        List<Finding> findings = dataset.get("findings").values().stream().map(Finding::of).toList();
        boolean conformant = run.exitCode() == 0;
        String verdict = VERDICTS.get(lang).get(conformant ? 0 : 1);
        assertThat(dataset.get("conformant").asBoolean()).isEqualTo(conformant);
        assertThat(run.err()).contains(sample + (lang.equals("fr") ? " : " : ": ") + verdict + " · ");

        checkText(Files.readString(text), sample, verdict, findings, lang);
        checkMarkdown(Files.readString(markdown), verdict, findings, lang);
        checkFieldColumns(Files.readString(markdown), dataset.get("fields"), lang);
        checkHtml(Files.readString(html), verdict, conformant, findings, lang);
        checkJunit(Files.readString(junit), sample, findings, lang);
        checkSarif(Files.readString(sarif), sample, findings, lang);
    }

    private static void checkText(String report, Path sample, String verdict, List<Finding> findings, String lang) {
        assertThat(report).contains("\n" + sample + "\n  " + verdict + "  ");
        for (Finding finding : findings) {
            String severity = SEVERITIES.get(lang).get(finding.severity());
            String subject = java.util.regex.Pattern.quote(finding.subject());
            // on the lines below the code, the subject may wrap between words
            String wrapped = Arrays.stream(finding.subject().split(" ")).map(java.util.regex.Pattern::quote)
                    .collect(Collectors.joining("(?: |\\R {11})"));
            assertThat(report).as("the subject beside the code, or on the lines below when it does not fit")
                    .containsPattern(finding.subject().isEmpty()
                            ? "(?m)^  " + severity + " +" + finding.code() + " +" + finding.count() + "$"
                            : "(?m)^  " + severity + " +" + finding.code() + "(  " + subject + " +" + finding.count() + "$"
                                    + "| +" + finding.count() + "\\R {11}" + wrapped + "$)");
            for (long line : finding.lines()) {
                assertThat(report).containsPattern("(?m)^ {13}" + (line == 0 ? (lang.equals("fr") ? "fichier" : "file")
                        : (lang.equals("fr") ? "ligne " : "line ") + line) + "\\b");
            }
        }
        for (String line : report.split("\n")) {
            if (!line.equals(sample.toString())) {
                assertThat(line.length()).as("fits 80 columns: " + line).isLessThanOrEqualTo(80);
            }
        }
    }

    private static void checkMarkdown(String report, String verdict, List<Finding> findings, String lang) {
        assertThat(report).contains("\n**" + verdict + "** · ");
        if (findings.isEmpty()) {
            assertThat(report).contains(lang.equals("fr") ? "Aucun constat." : "No findings.");
        }
        for (Finding finding : findings) {
            String subject = finding.subject().replace("[", "\\[").replace("]", "\\]").replace("_", "\\_");
            assertThat(report).contains("| " + SEVERITIES.get(lang).get(finding.severity()) + " | `" + finding.code()
                    + "` ").contains(" | " + subject + " | " + finding.count() + " | ");
        }
        assertThat(report.lines().filter(line -> line.startsWith("| ") && line.contains("`")).count())
                .as("one table row per finding").isEqualTo(findings.size());
    }

    /**
     * The Markdown fields table names each field's column as the JSON report does: its header, the
     * word for a value given for every record (a constant), or the word for absent.
     */
    private static void checkFieldColumns(String report, JsonNode fields, String lang) {
        fields.properties().forEach(field -> {
            JsonNode column = field.getValue().get("column");
            String shown = !column.isNull() ? column.asString().replace("_", "\\_")
                    : field.getValue().get("filled").asLong() > 0 ? (lang.equals("fr") ? "(valeur constante)" : "(constant value)")
                    : "absent";
            assertThat(report).as(field.getKey()).contains("| " + field.getKey().replace("_", "\\_") + " | " + shown + " |");
        });
    }

    private static void checkHtml(String report, String verdict, boolean conformant, List<Finding> findings, String lang) {
        assertThat(report).startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">")
                .contains("<span class=\"verdict " + (conformant ? "ok" : "fail") + "\">" + verdict + "</span>")
                .doesNotContain("<script", "<link", "<img", "@import");
        for (Finding finding : findings) {
            assertThat(report).contains("<tr class=\"" + finding.severity() + "\"><td>" + SEVERITIES.get(lang).get(finding.severity())
                    + "</td><td><code>" + finding.code() + "</code>");
        }
        assertThat(report.split("<tr class=\"(error|warning|info)\">", -1)).hasSize(findings.size() + 1);
        boolean problems = findings.stream().anyMatch(finding -> !finding.severity().equals("info"));
        assertThat(report.contains(lang.equals("fr") ? "<h3>Erreurs et avertissements par champ</h3>"
                : "<h3>Errors and warnings by field</h3>")).as("a chart of the errors and warnings, when there are")
                .isEqualTo(problems);
    }

    private static void checkJunit(String report, Path sample, List<Finding> findings, String lang) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        long failing = findings.stream().filter(finding -> finding.severity().equals("error")).count();
        assertThat(suite.getAttribute("name")).isEqualTo(sample.toString());
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(Math.max(1, findings.size())));
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failing));
        NodeList cases = suite.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            names.add(testCase.getAttribute("name"));
            assertThat(testCase.getAttribute("file")).isEqualTo(sample.toString());
            assertThat(testCase.getAttribute("time")).as("reporters read it as a number").isEqualTo("0");
        }
        if (findings.isEmpty()) {
            assertThat(names).containsExactly("no-findings");
        } else {
            assertThat(names).containsExactlyElementsOf(findings.stream()
                    .map(f -> f.code() + (f.subject().isEmpty() ? "" : " " + f.subject())).toList());
        }
        for (int i = 0; i < findings.size(); i++) {
            Element testCase = (Element) cases.item(i);
            NodeList failures = testCase.getElementsByTagName("failure");
            boolean fails = findings.get(i).severity().equals("error");
            assertThat(failures.getLength()).isEqualTo(fails ? 1 : 0);
            assertThat(testCase.getElementsByTagName("system-out").getLength()).isEqualTo(fails ? 0 : 1);
            if (fails) {
                Element failure = (Element) failures.item(0);
                assertThat(failure.getAttribute("type")).isEqualTo(findings.get(i).code());
                // French puts a space before the colon
                assertThat(failure.getAttribute("message")).matches(lang.equals("fr")
                        ? "(?s)[^:]+[^ ] : [\\d\\u202F\\u00A0]+ constats?\\. .+" : "(?s)[^:]+[^ ]: [\\d,]+ findings?\\. .+");
            }
        }
    }

    private static void checkSarif(String report, Path sample, List<Finding> findings, String lang) {
        JsonNode log = Reports.JSON.readTree(report);
        assertThat(Reports.validateSarif(log)).as("errors against the SARIF 2.1.0 schema").isEmpty();
        assertThat(log.get("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        JsonNode results = log.get("runs").get(0).get("results");
        List<String> expected = new ArrayList<>();
        for (Finding finding : findings) {
            String level = Map.of("error", "error", "warning", "warning", "info", "note").get(finding.severity());
            List<Long> lines = finding.lines().isEmpty() ? List.of(0L) : finding.lines();
            for (long line : lines) {
                expected.add(finding.code() + " " + level + " " + Math.max(1, line) + " " + finding.count());
            }
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode result : results.values()) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo(sample.toString());
            assertThat(result.get("kind").asString()).isEqualTo("fail");
            actual.add(result.get("ruleId").asString() + " " + result.get("level").asString() + " "
                    + location.get("region").get("startLine").asLong() + " " + result.get("properties").get("count").asLong());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        JsonNode rule = log.get("runs").get(0).get("tool").get("driver").get("rules").get(0);
        assertThat(rule.get("shortDescription").get("text").asString())
                .isEqualTo(lang.equals("fr") ? "Pas en UTF-8" : "Not UTF-8");
        assertThat(rule.get("properties").get("title").get("fr").asString()).isEqualTo("Pas en UTF-8");
        assertThat(rule.get("properties").get("title").get("en").asString()).isEqualTo("Not UTF-8");
    }
}
