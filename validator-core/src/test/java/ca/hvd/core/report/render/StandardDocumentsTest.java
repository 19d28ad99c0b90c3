package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.LintReport;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardDiff;
import ca.hvd.core.standard.StandardLint;
import ca.hvd.core.standard.StandardRef;
import ca.hvd.core.standard.StandardRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The documents written about standards rather than files: the data dictionary (Markdown and HTML,
 * English and French, with the version history), the text and JSON of a diff, and the text and JSON
 * of a lint report.
 */
class StandardDocumentsTest {

    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    static Stream<Arguments> dictionaries() {
        List<Arguments> arguments = new ArrayList<>();
        for (StandardRef ref : BUNDLED.available()) {
            for (DataDictionary.Format format : DataDictionary.Format.values()) {
                for (Language language : Language.values()) {
                    arguments.add(Arguments.of(ref.toString(), format, language));
                }
            }
        }
        return arguments.stream();
    }

    private static String dictionary(Standard standard, StandardRegistry registry, DataDictionary.Format format, Language language)
            throws IOException {
        StringWriter out = new StringWriter();
        DataDictionary.render(standard, DataDictionary.history(registry, standard.ref().id()), format, language, out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("dictionaries")
    void everyBundledStandardHasADataDictionaryInEachFormatAndLanguage(String ref, DataDictionary.Format format, Language language)
            throws IOException {
        Standard standard = BUNDLED.resolve(ref);

        String text = dictionary(standard, BUNDLED, format, language);

        assertThat(text).doesNotContainPattern("\\{[0-9],(number|choice)").doesNotContain("dict.", "diff.");
        for (var field : standard.fields()) {
            assertThat(text).contains(format == DataDictionary.Format.MARKDOWN ? Escape.markdown(field.name()) : field.name());
        }
        for (var list : standard.codeLists().values()) {
            assertThat(text).contains(format == DataDictionary.Format.MARKDOWN ? Escape.markdown(list.entries().get(0).label().fr())
                    : Escape.markup(list.entries().get(0).label().fr()));
        }
    }

    @Test
    void theMarkdownDictionaryShowsFieldsCodesProfilesAndWhatEachVersionChanged() throws IOException {
        String text = dictionary(BUNDLED.resolve("civic-addresses@1.1.0"), BUNDLED, DataDictionary.Format.MARKDOWN, Language.EN);

        assertThat(text).startsWith("# Civic addresses (civic-addresses@1.1.0)\n\nVersion 1.1.0 · status: trial · written by hvd ");
        assertThat(text).contains("| unit\\_type | Unit designator | optional; a text; code list \"Unit designators (Canada Post)\" (unit-types) "
                + "| unit type, unit designator, type d'unité, désignateur d'unité | APT |");
        assertThat(text).contains("### Code list \"Unit designators (Canada Post)\" (unit-types)\n\n11 codes, file codelists/unit-types.csv; "
                + "used by unit\\_type\n\n| Code | English label | French label |\n|---|---|---|\n| APT | Apartment | Appartement (anglais) |");
        assertThat(text).contains("- unit\\_type-requires-unit: when unit\\_type is filled, unit must be filled too");
        // a code list's extra columns in the file's order, the same on every run
        assertThat(text).contains("| Code | English label | French label | sgc | postal\\_letters |\n|---|---|---|---|---|\n"
                + "| NL | Newfoundland and Labrador | Terre-Neuve-et-Labrador | 10 | A |");
        assertThat(text).contains("### oda: Statistics Canada Open Database of Addresses v1.0, English header");
        assertThat(text).contains("encoding: UTF-8").doesNotContain("encoding when the file is not UTF-8: UTF-8");
        assertThat(text).contains("| unit\\_type | not in this layout |");
        assertThat(text).contains("| civic\\_number | column street\\_no; value taken out by the pattern ");
        assertThat(text).contains("## Version history\n\n| Version | Status | Changes from the previous version |\n|---|---|---|\n"
                + "| 1.0.0 | trial | first version |\n"
                + "| 1.1.0 (this document) | trial | unit: header \"unit number\" now accepted<br>");
        assertThat(text).contains("<br>new optional field unit\\_type<br>new code list unit-types");
    }

    @Test
    void theDictionaryOfAnOlderVersionNamesItAmongTheNewerOnes() throws IOException {
        String text = dictionary(BUNDLED.resolve("civic-addresses@1.0.0"), BUNDLED, DataDictionary.Format.MARKDOWN, Language.FR);

        assertThat(text).contains("## Historique des versions");
        assertThat(text).contains("| 1.0.0 (ce document) | à l'essai | première version |");
        assertThat(text).contains("| 1.1.0 | à l'essai | unit : en-tête « unit number » maintenant accepté<br>");
        assertThat(text).doesNotContain("unit\\_type | Désignateur");
    }

    @Test
    void theHtmlDictionaryIsOneSelfContainedPageWithEveryTextEscaped() throws IOException {
        ObjectNode definition = StandardFolders.definition("cells");
        ((ObjectNode) definition.get("hvd").get("title")).put("en", "<script>alert(1)</script> & co");
        StandardFolders.copy("cells", root, "1.0.0");
        StandardFolders.write(root, "cells", "1.0.0", definition);
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(root).build();

        String html = dictionary(registry.resolve("cells"), registry, DataDictionary.Format.HTML, Language.EN);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        assertThat(html).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co (cells@1.0.0)</h1>");
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http");
        assertThat(html).endsWith("</body>\n</html>\n");
    }

    private static String diff(StandardDiff diff, DiffRenderer.Format format, Language language) throws IOException {
        StringWriter out = new StringWriter();
        DiffRenderer.render(diff, format, language, out);
        return out.toString();
    }

    private static StandardDiff civic() {
        return StandardDiff.between(BUNDLED.resolve("civic-addresses@1.0.0"), BUNDLED.resolve("civic-addresses@1.1.0"));
    }

    @Test
    void theTextDiffMarksEachChangeAndSaysWhatSemanticVersioningMakesOfThem() throws IOException {
        String text = diff(civic(), DiffRenderer.Format.TEXT, Language.EN);

        assertThat(text).startsWith("hvd ").contains(" · civic-addresses@1.0.0 → civic-addresses@1.1.0 (a minor\nversion)\n");
        assertThat(text).contains("11 changes, 0 breaking.\n\n  compatible  unit: header \"unit number\" now accepted\n");
        assertThat(text).contains("  compatible  new optional field unit_type\n");
        assertThat(text).endsWith("\nSemantic versioning: respected (a minor version may add what does not break\nfiles).\n");
        assertThat(text.lines()).allMatch(line -> line.length() <= TextRenderer.WIDTH);
    }

    @Test
    void aBreakingChangeInAMinorVersionIsSaidToViolateSemanticVersioningInFrench() throws IOException {
        StandardDiff back = StandardDiff.between(BUNDLED.resolve("civic-addresses@1.1.0"), BUNDLED.resolve("civic-addresses@1.0.0"));
        StandardDiff violation = new StandardDiff(back.to(), back.from(), back.changes());

        String text = diff(violation, DiffRenderer.Format.TEXT, Language.FR);

        assertThat(text).contains("  INCOMPATIBLE  champ unit_type retiré\n");
        assertThat(text).contains("5 changements, dont 3 incompatibles.\n");
        assertThat(text).endsWith("\nVersionnage sémantique : NON RESPECTÉ. 1.1.0 est une version mineure après\n"
                + "1.0.0, mais compte 3 changements incompatibles ; un changement incompatible\n"
                + "exige une nouvelle version majeure (2.0.0).\n");
    }

    @Test
    void theJsonDiffCarriesEachChangeWithItsKindAndVerdict() throws IOException {
        JsonNode json = JSON.readTree(diff(civic(), DiffRenderer.Format.JSON, Language.FR));

        assertThat(json.get("diffVersion").asInt()).isEqualTo(1);
        assertThat(json.get("from").get("version").asString()).isEqualTo("1.0.0");
        assertThat(json.get("to").get("version").asString()).isEqualTo("1.1.0");
        assertThat(json.get("bump").asString()).isEqualTo("minor");
        assertThat(json.get("breaking").asBoolean()).isFalse();
        assertThat(json.get("semverViolation").asBoolean()).isFalse();
        assertThat(json.get("changes")).hasSize(11);
        assertThat(json.get("changes").get(2)).isEqualTo(JSON.readTree("""
                { "kind": "field-added", "subject": "unit_type", "breaking": false, "before": null, "after": "string",
                  "message": "nouveau champ facultatif unit_type" }"""));
    }

    @Test
    void theLintTextAndJsonSayEachStandardsVerdictAndProblems() throws IOException {
        LintReport report = StandardLint.lint(Path.of("../standards/src/main/resources/hvd-standards"),
                StandardRegistry.builder().includeBundled(false).build());
        StringWriter text = new StringWriter();
        StringWriter json = new StringWriter();

        LintRenderer.render(report, FailOn.ERROR, LintRenderer.Format.TEXT, Language.EN, text);
        LintRenderer.render(report, FailOn.WARNING, LintRenderer.Format.JSON, Language.FR, json);

        assertThat(text.toString()).contains("\nfederal-contracts@1.0.0\n  ../standards/src/main/resources/hvd-standards/federal-contracts/1.0.0\n"
                + "  PASSED  0 errors, 2 warnings, 0 info (fails on: error)\n"
                + "  warning example-missing  additional_comments_en\n"
                + "          the field has no example (hvd.example): templates and data\n"
                + "          dictionaries leave it empty\n");
        assertThat(text.toString()).endsWith("\nResult: PASSED (4 standard versions checked).\n");
        JsonNode tree = JSON.readTree(json.toString());
        assertThat(tree.get("lintVersion").asInt()).isEqualTo(1);
        assertThat(tree.get("failOn").asString()).isEqualTo("warning");
        assertThat(tree.get("clean").asBoolean()).isFalse();
        assertThat(tree.get("standards")).hasSize(4);
        JsonNode contracts = tree.get("standards").get(2);
        assertThat(contracts.get("id").asString()).isEqualTo("federal-contracts");
        assertThat(contracts.get("counts")).isEqualTo(JSON.readTree("{\"error\": 0, \"warning\": 2, \"info\": 0}"));
        assertThat(contracts.get("problems").get(0).get("code").asString()).isEqualTo("example-missing");
        assertThat(contracts.get("problems").get(0).get("title").asString()).isEqualTo("Exemple manquant");
        assertThat(contracts.get("problems").get(0).get("field").asString()).isEqualTo("additional_comments_en");
        assertThat(contracts.get("problems").get(0).get("pointer").asString()).isEqualTo("/properties/additional_comments_en/hvd");
        assertThat(contracts.get("problems").get(0).get("message").asString())
                .isEqualTo("le champ n'a pas d'exemple (hvd.example) : les gabarits et les dictionnaires de données le laissent vide");
    }

    @Test
    void theLintResultAgreesInNumberWithTheVersionsThatHaveProblems() throws IOException {
        LintReport.Problem problem = new LintReport.Problem(LintReport.Code.DEFINITION_INVALID, Severity.ERROR, "standard.json", "", null,
                null, null, Message.of("lint.folder-layout"));
        LintReport.Checked broken = new LintReport.Checked(null, "a", List.of(problem));
        LintReport.Checked clean = new LintReport.Checked(null, "b", List.of());

        assertThat(lintResult(new LintReport("d", List.of(broken, clean)), Language.FR))
                .isEqualTo("Résultat : PROBLÈMES TROUVÉS (1 version de norme sur 2).");
        assertThat(lintResult(new LintReport("d", List.of(broken, broken, clean)), Language.FR))
                .isEqualTo("Résultat : PROBLÈMES TROUVÉS (2 versions de norme sur 3).");
        assertThat(lintResult(new LintReport("d", List.of(broken, clean)), Language.EN))
                .isEqualTo("Result: PROBLEMS FOUND (1 of 2 standard versions).");
        assertThat(lintResult(new LintReport("d", List.of(broken)), Language.EN))
                .isEqualTo("Result: PROBLEMS FOUND (1 of 1 standard version).");
    }

    /** The last line of a lint report's text. */
    private static String lintResult(LintReport report, Language language) throws IOException {
        StringWriter text = new StringWriter();
        LintRenderer.render(report, FailOn.ERROR, LintRenderer.Format.TEXT, language, text);
        List<String> lines = text.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
