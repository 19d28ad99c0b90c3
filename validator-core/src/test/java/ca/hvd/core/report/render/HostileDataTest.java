package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.SmallHeapTest;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.standard.StandardRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file whose cells and headers try to be markup, table syntax or terminal commands shows them as
 * plain text in every format.
 */
@Tag(SmallHeapTest.TAG)
class HostileDataTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HEADER = "\"><img src=x onerror=alert(1)>";
    static final String TABLE_BREAKER = "a|b`c*d\ne";

    @TempDir
    static Path dir;

    static ValidationReport report;

    @BeforeAll
    static void validate() throws IOException {
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, "jurisdiction,year,sex,name,count,\"\"\"><img src=x onerror=alert(1)>\"\n"
                + "NS,2019," + SCRIPT + ",OLIVIA,5,x\n"
                + "NS,\"" + TABLE_BREAKER + "\",F,EMMA,5,y\n"
                + "NS\u001B[2J,2019,F,EMMA,5,z\n", StandardCharsets.UTF_8);
        ValidationRequest request = ValidationRequest.builder(StandardRegistry.bundled().resolve("newborn-names"))
                .dataset(DatasetInput.of(file))
                .build();
        report = Validator.validate(request);
    }

    static String render(ReportFormat format, RenderOptions options) throws IOException {
        StringWriter out = new StringWriter();
        format.renderer().render(report, options, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlShowsCellsAndHeadersAsText(Language language) throws IOException {
        String html = render(ReportFormat.HTML, RenderOptions.of(language));

        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>", "\u001B")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("[&quot;&gt;&lt;img src=x onerror=alert(1)&gt;]")
                .contains("a|b`c*d\\u000Ae")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlRenderer.CONTENT_SECURITY_POLICY + "\">")
                .contains("<html lang=\"" + language.code() + "\">");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']").doesNotContainPattern("(?i)url\\(");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownKeepsEveryRowOnOneLineWithItsCells(Language language) throws IOException {
        String markdown = render(ReportFormat.MARKDOWN, RenderOptions.of(language));

        assertThat(markdown).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "a\\|b\\`c\\*d\\\\u000Ae",
                "\\[\"&gt;&lt;img src=x onerror=alert(1)&gt;\\]").doesNotContain("<script", "<img", "\u001B");
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| ")) {
                int cells = line.split("(?<!\\\\)\\|", -1).length - 2;
                assertThat(cells).as(line).isIn(5, 6);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void junitXmlIsWellFormedAndHoldsTheValuesAsText(Language language) throws Exception {
        String xml = render(ReportFormat.JUNIT, RenderOptions.of(language));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> names = new ArrayList<>();
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names).contains("extra-column [" + HEADER + "]", "not-in-codelist sex",
                "invalid-character jurisdiction");
        assertThat(document.getDocumentElement().getTextContent()).contains("\"" + SCRIPT + "\"", "NS\\u001B[2J");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void textEscapesControlCharactersWithOrWithoutColour(Language language) throws IOException {
        String plain = render(ReportFormat.TEXT, RenderOptions.of(language));
        String coloured = render(ReportFormat.TEXT, RenderOptions.of(language).withColour(true));

        assertThat(plain).doesNotContain("\u001B").contains("\"NS\\u001B[2J\"", "\"a|b`c*d\\u000Ae\"");
        assertThat(coloured).contains("\u001B[1m\u001B[31m", "\u001B[0m", "\"NS\\u001B[2J\"")
                .doesNotContain("\u001B[2J");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sarifAndJsonCarryTheValuesAsJsonStrings(Language language) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode sarif = json.readTree(render(ReportFormat.SARIF, RenderOptions.of(language).withWorkingDirectory(dir)));
        JsonNode results = sarif.get("runs").get(0).get("results");

        assertThat(results.values()).anySatisfy(result -> assertThat(result.get("message").get("text").asString())
                .contains(SCRIPT));
        assertThat(results.values()).allSatisfy(result -> assertThat(result.get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asString()).isEqualTo("hostile.csv"));
        JsonNode report = json.readTree(render(ReportFormat.JSON, RenderOptions.of(language)));
        assertThat(report.toString()).contains(SCRIPT.replace("/", "/"));
    }
}
