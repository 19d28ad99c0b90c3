package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.FindingCode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code docs/findings.md} is generated from the code. When this test fails, regenerate it with
 * {@code ./mvnw -B -q -pl validator-core -am test -Dtest=FindingsCatalogTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhvd.regenerate=true} and commit the result.
 */
class FindingsCatalogTest {

    private static final Path DOCUMENT = Path.of("../docs/findings.md");

    @Test
    void theCommittedCatalogueIsWhatTheCodeGenerates() throws IOException {
        String generated = FindingsCatalog.document();
        if (Boolean.getBoolean("hvd.regenerate")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOCUMENT).exists();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/findings.md is out of date; regenerate it: ./mvnw -B -q -pl validator-core -am test"
                        + " -Dtest=FindingsCatalogTest -Dsurefire.failIfNoSpecifiedTests=false -Dhvd.regenerate=true")
                .isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFormatListsEveryCodeInTheLanguage(Language language) throws IOException {
        for (FindingsCatalog.Format format : FindingsCatalog.Format.values()) {
            StringWriter out = new StringWriter();
            FindingsCatalog.render(format, language, out);
            for (FindingCode code : FindingCode.values()) {
                assertThat(out.toString()).as(format + " " + code).contains(code.id());
            }
        }
        StringWriter markdown = new StringWriter();
        FindingsCatalog.render(FindingsCatalog.Format.MARKDOWN, language, markdown);
        assertThat(markdown.toString()).contains(language == Language.EN
                ? "| `not-in-codelist` | cell | error | Not in code list | A value is not one of the codes of the field's code list. |"
                : "| `not-in-codelist` | cellule | erreur | Hors liste de codes | Une valeur n'est pas l'un des codes de la liste du champ. |");
    }
}
