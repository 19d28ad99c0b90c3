package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRef;
import ca.hvd.core.standard.StandardRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands that treat standards as versioned artefacts, black box: {@code standards lint},
 * {@code standards diff}, {@code standards docs}, {@code standards export} and {@code template},
 * each on every bundled standard in both languages, with their exit codes, standard output and
 * standard error.
 */
class StandardsLifecycleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();
    private static final String BUNDLED_SOURCES = "../standards/src/main/resources/hvd-standards";

    @TempDir
    Path dir;

    static Stream<Arguments> standardsInBothLanguages() {
        List<Arguments> arguments = new ArrayList<>();
        for (StandardRef ref : BUNDLED.available()) {
            for (Language language : Language.values()) {
                arguments.add(Arguments.of(ref.toString(), language.code()));
            }
        }
        return arguments.stream();
    }

    /** Every bundled standard version with each of its profiles, and without one ("-"). */
    static Stream<Arguments> layouts() {
        List<Arguments> arguments = new ArrayList<>();
        for (StandardRef ref : BUNDLED.available()) {
            arguments.add(Arguments.of(ref.toString(), "-"));
            BUNDLED.load(ref).profiles().keySet().forEach(profile -> arguments.add(Arguments.of(ref.toString(), profile)));
        }
        return arguments.stream();
    }

    /** A small standard with examples, written as {@code parcels/VERSION} under a folder, edited by replacements. */
    private Path parcels(Path root, String version, String... replacements) throws IOException {
        String definition = """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "urn:hvd:standard:parcels:VERSION",
                  "type": "object",
                  "hvd": {
                    "formatVersion": 1, "id": "parcels", "version": "VERSION",
                    "title": { "en": "Parcels", "fr": "Colis" },
                    "basedOn": [ { "title": { "en": "Tests", "fr": "Tests" }, "publisher": "hvd" } ]
                  },
                  "required": ["id"],
                  "properties": {
                    "id": { "type": "string", "pattern": "^P[0-9]+$", "hvd": { "title": { "en": "Id", "fr": "Id" }, "example": "P1" } },
                    "size": { "type": "integer", "minimum": 1, "maximum": 10, "hvd": { "title": { "en": "Size", "fr": "Taille" }, "example": "3" } }
                  }
                }
                """.replace("VERSION", version);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            definition = definition.replace(replacements[i], replacements[i + 1]);
        }
        Path folder = root.resolve("parcels").resolve(version);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("standard.json"), definition, StandardCharsets.UTF_8);
        return folder;
    }

    // ---- standards lint

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBundledStandardsLintCleanAtErrorsAndNotAtWarnings(Language language) {
        Cli.Result clean = Cli.run("standards", "lint", BUNDLED_SOURCES, "--lang", language.code());
        Cli.Result strict = Cli.run("standards", "lint", BUNDLED_SOURCES, "--fail-on", "warning", "--format", "json", "--lang", language.code());

        assertThat(clean.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(clean.err()).isEmpty();
        assertThat(clean.out()).contains("civic-addresses@1.1.0", "federal-contracts@1.0.0", "example-missing  additional_comments_en")
                .endsWith(language == Language.FR ? "Résultat : RÉUSSI (4 versions de norme vérifiées).\n"
                        : "Result: PASSED (4 standard versions checked).\n");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.NOT_CONFORMANT.code());
        JsonNode json = JSON.readTree(strict.out());
        assertThat(json.get("clean").asBoolean()).isFalse();
        assertThat(json.get("language").asString()).isEqualTo(language.code());
        assertThat(json.get("standards")).hasSize(4);
    }

    @Test
    void aStandardWhoseExampleBreaksItsPatternFailsTheLint() throws IOException {
        Path folder = parcels(dir, "1.0.0", "\"example\": \"P1\"", "\"example\": \"X1\"");

        Cli.Result result = Cli.run("standards", "lint", folder.toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFORMANT.code());
        assertThat(result.out()).contains("parcels@1.0.0\n", "  error   example-invalid  id\n", "Value: \"X1\"",
                "/properties/id/hvd/example", "Result: PROBLEMS FOUND (1 of 1 standard version).");
    }

    @Test
    void aMinorVersionThatBreaksFilesFailsTheLintOfTheFolder() throws IOException {
        parcels(dir, "1.0.0");
        parcels(dir, "1.1.0", "\"maximum\": 10", "\"maximum\": 5");

        Cli.Result result = Cli.run("standards", "lint", dir.toString(), "--lang", "fr", "-f", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFORMANT.code());
        JsonNode problem = JSON.readTree(result.out()).get("standards").get(1).get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("breaking-change");
        assertThat(problem.get("message").asString()).isEqualTo("1.1.0 est une version mineure ou corrective après 1.0.0, mais ce "
                + "changement peut invalider des fichiers : size : plage resserrée (avant : ≥ 1, ≤ 10 ; maintenant : ≥ 1, ≤ 5)");
    }

    @Test
    void aFolderThatDoesNotExistOrHoldsNoStandardCannotBeRead() throws IOException {
        Cli.Result missing = Cli.run("standards", "lint", dir.resolve("nowhere").toString(), "--lang", "en");
        Cli.Result empty = Cli.run("standards", "lint", Files.createDirectories(dir.resolve("empty")).toString(), "--lang", "fr");
        Cli.Result none = Cli.run("standards", "lint", "--lang", "en");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT.code());
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("hvd: " + dir.resolve("nowhere") + " is not a folder.\n");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.INPUT.code());
        assertThat(empty.err()).startsWith("hvd : " + dir.resolve("empty") + " ne contient aucune norme");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(none.err()).startsWith("hvd: missing: DIR");
    }

    // ---- standards diff

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTwoCivicAddressVersionsDifferWithoutBreakingAnything(Language language) {
        Cli.Result text = Cli.run("standards", "diff", "civic-addresses@1.0", "civic-addresses@1.1", "--lang", language.code());
        Cli.Result json = Cli.run("standards", "diff", "civic-addresses@1.0.0", "civic-addresses@1", "-f", "json", "--lang", language.code());

        assertThat(text.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(text.err()).isEmpty();
        assertThat(text.out()).contains(language == Language.FR ? "nouveau champ facultatif unit_type" : "new optional field unit_type");
        assertThat(json.exitCode()).isEqualTo(ExitCode.OK.code());
        JsonNode tree = JSON.readTree(json.out());
        assertThat(tree.get("to").get("version").asString()).isEqualTo("1.1.0");
        assertThat(tree.get("changes").values()).extracting(change -> change.get("kind").asString()).startsWith(
                "alias-added", "alias-added", "field-added", "codelist-added", "rule-added", "profile-changed");
        assertThat(tree.get("changes").values()).noneMatch(change -> change.get("breaking").asBoolean());
    }

    @Test
    void aBreakingChangeInAMinorVersionExitsWithOneAndSaysWhy() throws IOException {
        parcels(dir, "1.0.0");
        parcels(dir, "1.1.0", "\"required\": [\"id\"]", "\"required\": [\"id\", \"size\"]");
        parcels(dir, "2.0.0", "\"required\": [\"id\"]", "\"required\": [\"id\", \"size\"]");

        Cli.Result minor = Cli.run("standards", "diff", "parcels@1.0.0", "parcels@1.1.0", "--standards-dir", dir.toString(), "--lang", "en");
        Cli.Result major = Cli.run("standards", "diff", "parcels@1.0.0", "parcels@2", "--standards-dir", dir.toString(), "--lang", "en");

        assertThat(minor.exitCode()).isEqualTo(ExitCode.NOT_CONFORMANT.code());
        assertThat(minor.out()).contains("  BREAKING    size is now required\n",
                "Semantic versioning: VIOLATED. 1.1.0 is a minor version after 1.0.0 but has 1");
        assertThat(major.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(major.out()).contains("  BREAKING    size is now required\n", "Semantic versioning: respected (a major version");
    }

    @Test
    void aDiffOfVersionsThatDoNotExistOrAreMisspelledIsAnError() {
        Cli.Result unknown = Cli.run("standards", "diff", "civic-addresses@1.0", "civic-addresses@3", "--lang", "en");
        Cli.Result misspelled = Cli.run("standards", "diff", "civic-addresses@1.0", "Civic Addresses", "--lang", "en");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT.code());
        assertThat(unknown.err()).startsWith("hvd: No version of civic-addresses matches civic-addresses@3; available: 1.0.0, 1.1.0.");
        assertThat(misspelled.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    // ---- standards docs

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("standardsInBothLanguages")
    void everyBundledStandardHasADataDictionaryInMarkdownAndHtml(String ref, String language) throws IOException {
        Path html = dir.resolve("dictionary.html");

        Cli.Result markdown = Cli.run("standards", "docs", ref, "--lang", language);
        Cli.Result page = Cli.run("standards", "docs", ref, "--format", "html", "-o", html.toString(), "--lang", language);

        Standard standard = BUNDLED.resolve(ref);
        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.out()).startsWith("# " + standard.title().in(Language.parse(language)))
                .contains(language.equals("fr") ? "## Historique des versions" : "## Version history");
        assertThat(page.exitCode()).isZero();
        assertThat(page.out()).isEmpty();
        assertThat(page.err()).isEqualTo((language.equals("fr") ? "Écrit dans " : "Written to ") + html + ".\n");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language + "\">").endsWith("</html>\n");
    }

    // ---- standards export

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("standardsInBothLanguages")
    void everyBundledStandardExportsToEachFormat(String ref, String language) {
        Standard standard = BUNDLED.resolve(ref);
        for (String format : List.of("table-schema", "csvw", "json-schema")) {
            Cli.Result result = Cli.run("standards", "export", ref, "--to", format, "--lang", language);

            assertThat(result.exitCode()).as(format).isZero();
            JsonNode document = JSON.readTree(result.out());
            int fields = switch (format) {
                case "table-schema" -> document.get("fields").size();
                case "csvw" -> document.get("tableSchema").get("columns").size();
                default -> document.get("properties").size();
            };
            assertThat(fields).as(format).isEqualTo(standard.fields().size());
        }
    }

    @Test
    void anUnknownExportFormatIsAUsageErrorListingTheFormats() {
        Cli.Result result = Cli.run("standards", "export", "newborn-names", "--to", "xsd", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).startsWith("hvd: invalid value 'xsd' for --to (expected: table-schema, csvw, json-schema)");
    }

    // ---- template

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layouts")
    void theTemplateOfEveryStandardAndProfileValidatesWithoutAFinding(String ref, String profile) throws IOException {
        Path file = dir.resolve("template.csv");
        List<String> template = new ArrayList<>(List.of("template", ref, "-o", file.toString(), "--lang", "en"));
        if (!profile.equals("-")) {
            template.addAll(List.of("--profile", profile));
        }

        Cli.Result written = Cli.run(template.toArray(new String[0]));

        assertThat(written.exitCode()).isZero();
        List<String> validate = new ArrayList<>(List.of("validate", file.toString(), "-s", ref, "-f", "json", "-q"));
        if (!profile.equals("-")) {
            validate.addAll(List.of("-p", profile));
            BUNDLED.resolve(ref).profile(profile).parameters().forEach(parameter -> validate.addAll(List.of("--set",
                    parameter + "=" + BUNDLED.resolve(ref).field(parameter).orElseThrow().example())));
        }
        Cli.Result checked = Cli.run(validate.toArray(new String[0]));
        assertThat(checked.exitCode()).as(Files.readString(file)).isZero();
        JsonNode dataset = JSON.readTree(checked.out()).get("datasets").get(0);
        assertThat(dataset.get("findings")).as(Files.readString(file)).isEmpty();
        assertThat(dataset.get("records").asInt()).isEqualTo(1);
    }

    @Test
    void theTemplateGoesToStandardOutputAndAProfilesParametersAreNamedOnStandardError() {
        Cli.Result plain = Cli.run("template", "newborn-names", "--lang", "en");
        Cli.Result ontario = Cli.run("template", "newborn-names", "-p", "on", "--lang", "fr");
        Cli.Result unknown = Cli.run("template", "newborn-names", "-p", "yk", "--lang", "en");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).isEqualTo("jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,42\n");
        assertThat(plain.err()).isEmpty();
        assertThat(ontario.out()).isEqualTo("Year/Année,Name/Nom,Frequency/Fréquence\n2019,OLIVIA,42\n");
        assertThat(ontario.err()).isEqualTo("Validez-le avec --profile on --set sex=F : la disposition ne contient pas ces champs.\n");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT.code());
        assertThat(unknown.err()).startsWith("hvd: No profile of newborn-names@1.0.0 is named yk; available: ab, bc, ns, on, qc, statcan.");
    }

    // ---- versions in reports

    @Test
    void aReportNamesTheExactVersionASelectorResolvedTo() throws IOException {
        Path file = dir.resolve("addresses.csv");
        Files.writeString(file, "address_id,civic_number,street_name,province\nA1,43,OTTO,NT\n", StandardCharsets.UTF_8);

        JsonNode newest = JSON.readTree(Cli.run("validate", file.toString(), "-s", "civic-addresses@1", "-f", "json", "-q").out());
        JsonNode older = JSON.readTree(Cli.run("validate", file.toString(), "-s", "civic-addresses@1.0", "-f", "json", "-q").out());

        assertThat(newest.get("standard").get("version").asString()).isEqualTo("1.1.0");
        assertThat(newest.get("datasets").get(0).get("fields").has("unit_type")).isTrue();
        assertThat(older.get("standard").get("version").asString()).isEqualTo("1.0.0");
        assertThat(older.get("datasets").get(0).get("fields").has("unit_type")).isFalse();
    }

    // ---- help

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachNewCommandListsWhatItsExitCodesMean(Language language) {
        Cli.Result lint = Cli.run("standards", "lint", "--help", "--lang", language.code());
        Cli.Result diff = Cli.run("standards", "diff", "--help", "--lang", language.code());

        assertThat(lint.out().replaceAll("\\s+", " ")).contains("1 " + HvdCommand.helpBundle(language).getString("hvd.standards.lint.exit.1"));
        assertThat(diff.out().replaceAll("\\s+", " ")).contains("1 " + HvdCommand.helpBundle(language).getString("hvd.standards.diff.exit.1"));
        assertThat(Cli.run("--help", "--lang", language.code()).out()).contains("template");
    }
}
