package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.render.FindingsCatalog;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FindingsCommandTest {

    @Test
    void theTextCatalogueListsEveryCodeWithItsDefaultSeverityAndTitle() {
        Cli.Result en = Cli.run("findings", "--lang", "en");
        Cli.Result fr = Cli.run("findings", "--lang", "fr");

        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).startsWith("Finding codes (" + FindingCode.values().length + ")\n")
                .contains("not-in-codelist            error          cell\n  Not in code list\n");
        assertThat(fr.out()).startsWith("Codes de constats (")
                .contains("leading-trailing-space     avertissement  cellule\n  Espaces autour\n");
        assertThat(en.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMarkdownCatalogueIsTheGeneratedOne(Language language) throws IOException {
        StringWriter expected = new StringWriter();
        FindingsCatalog.render(FindingsCatalog.Format.MARKDOWN, language, expected);

        Cli.Result result = Cli.run("findings", "--format", "markdown", "--lang", language.code());

        assertThat(result.out()).isEqualTo(expected.toString());
    }

    @Test
    void theJsonCatalogueGivesEveryCodeItsScopeSeverityAndTexts() {
        Cli.Result result = Cli.run("findings", "-f", "json", "--lang", "fr");

        JsonNode catalogue = JsonMapper.builder().build().readTree(result.out());
        assertThat(catalogue.get("language").asString()).isEqualTo("fr");
        assertThat(catalogue.get("codes")).hasSize(FindingCode.values().length);
        JsonNode first = catalogue.get("codes").get(0);
        assertThat(first.get("code").asString()).isEqualTo("encoding-fallback");
        assertThat(first.get("scope").asString()).isEqualTo("file");
        assertThat(first.get("defaultSeverity").asString()).isEqualTo("warning");
        assertThat(first.get("title").asString()).isEqualTo("Pas en UTF-8");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result = Cli.run("findings", "--format", "pdf", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("invalid value 'pdf' for --format (expected: text, markdown, json)");
    }
}
