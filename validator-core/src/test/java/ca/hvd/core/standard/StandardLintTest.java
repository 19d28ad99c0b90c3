package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import ca.hvd.core.HvdException;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.LintReport.Checked;
import ca.hvd.core.standard.LintReport.Code;
import ca.hvd.core.standard.LintReport.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link StandardLint}: the bundled standards lint clean but for two fields without an example; a
 * broken definition, code list, pattern or profile is reported with its file, place and kind; the
 * examples are held to the standard's own checks, in its layout and its profiles'; and a minor
 * version may not break the version before it.
 */
class StandardLintTest {

    /** A small standard whose every field has an example. */
    static final String PARCELS = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:hvd:standard:parcels:VERSION",
              "type": "object",
              "hvd": {
                "formatVersion": 1, "id": "parcels", "version": "VERSION",
                "title": { "en": "Parcels", "fr": "Colis" },
                "basedOn": [ { "title": { "en": "Tests", "fr": "Tests" }, "publisher": "hvd" } ],
                "uniqueKeys": [["id"]],
                "codeLists": { "kinds": { "file": "codelists/kinds.csv", "title": { "en": "Kinds", "fr": "Sortes" } } }
              },
              "required": ["id", "size"],
              "properties": {
                "id": { "type": "string", "pattern": "^P[0-9]+$", "hvd": { "title": { "en": "Id", "fr": "Id" }, "example": "ID_EXAMPLE" } },
                "size": { "type": "integer", "minimum": 1, "maximum": 10, "hvd": { "title": { "en": "Size", "fr": "Taille" }, "example": "3" } },
                "kind": { "type": "string", "hvd": { "title": { "en": "Kind", "fr": "Sorte" }, "codeList": "kinds", "example": "BOX" } }
              }
            }
            """;

    private static final String KINDS = "code,label_en,label_fr\nBOX,Box,Boîte\nBAG,Bag,Sac\n";

    @TempDir
    Path root;

    /** Writes {@code parcels@version} under {@code root}, its definition edited by text replacements (pairs). */
    private Path parcels(String version, String... replacements) {
        String definition = PARCELS.replace("VERSION", version).replace("ID_EXAMPLE", "P1");
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            definition = definition.replace(replacements[i], replacements[i + 1]);
        }
        Path folder = root.resolve("parcels").resolve(version);
        TinyStandards.writeFile(folder.resolve("standard.json"), definition);
        TinyStandards.writeFile(folder.resolve("codelists/kinds.csv"), KINDS);
        return folder;
    }

    private static StandardRegistry none() {
        return StandardRegistry.builder().includeBundled(false).build();
    }

    private static List<Problem> problems(LintReport report) {
        return report.standards().stream().flatMap(checked -> checked.problems().stream()).toList();
    }

    @Test
    void theBundledStandardsLintCleanButForTwoFieldsWithoutAnExample() {
        LintReport report = StandardLint.lint(StandardFolders.BUNDLED_SOURCES, none());

        assertThat(report.standards()).extracting(checked -> checked.ref().toString()).containsExactly(
                "civic-addresses@1.0.0", "civic-addresses@1.1.0", "federal-contracts@1.0.0", "newborn-names@1.0.0");
        assertThat(problems(report)).extracting(Problem::code, Problem::severity, Problem::field).containsExactly(
                tuple(Code.EXAMPLE_MISSING, Severity.WARNING, "additional_comments_en"),
                tuple(Code.EXAMPLE_MISSING, Severity.WARNING, "additional_comments_fr"));
        assertThat(report.clean(FailOn.ERROR)).isTrue();
        assertThat(report.clean(FailOn.WARNING)).isFalse();
        assertThat(report.count(Severity.WARNING)).isEqualTo(2);
    }

    @Test
    void aStandardWhoseExamplesPassItsChecksIsClean() {
        LintReport report = StandardLint.lint(parcels("1.0.0"), none());

        assertThat(report.standards()).singleElement().satisfies(checked -> {
            assertThat(checked.ref()).hasToString("parcels@1.0.0");
            assertThat(checked.problems()).isEmpty();
        });
        assertThat(report.clean(FailOn.WARNING)).isTrue();
    }

    @Test
    void anExampleThatBreaksTheFieldsPatternIsReportedWithItsFieldAndValue() {
        parcels("1.0.0", "\"example\": \"P1\"", "\"example\": \"Q1\"", "\"example\": \"3\"", "\"example\": \"30\"");

        LintReport report = StandardLint.lint(root, none());

        assertThat(problems(report)).extracting(Problem::code, Problem::severity, Problem::field, Problem::value, Problem::pointer)
                .containsExactly(
                        tuple(Code.EXAMPLE_INVALID, Severity.ERROR, "id", "Q1", "/properties/id/hvd/example"),
                        tuple(Code.EXAMPLE_INVALID, Severity.ERROR, "size", "30", "/properties/size/hvd/example"));
        assertThat(problems(report).get(0).text().in(Language.EN)).isEqualTo(
                "the row of the fields' examples gets the finding pattern-mismatch: The value does not match the pattern ^P[0-9]+$.");
        assertThat(problems(report).get(0).text().in(Language.FR)).isEqualTo(
                "la ligne des exemples des champs reçoit le constat pattern-mismatch : La valeur ne correspond pas au motif ^P[0-9]+$.");
        assertThat(report.clean(FailOn.ERROR)).isFalse();
    }

    @Test
    void anExampleRowBreakingARuleNamesTheFindingCodeAndSaysTheRuleOnce() {
        parcels("1.0.0", "\"required\": [\"id\", \"size\"],", "\"required\": [\"id\", \"size\"], \"dependentRequired\": { \"kind\": [\"note\"] },",
                "\"kind\": { \"type\"", "\"note\": { \"type\": \"string\", \"hvd\": { \"title\": { \"en\": \"Note\", \"fr\": \"Note\" } } }, \"kind\": { \"type\"");

        List<Problem> problems = problems(StandardLint.lint(root, none()));

        assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(
                tuple(Code.EXAMPLE_MISSING, "note"), tuple(Code.EXAMPLE_INVALID, "kind"));
        assertThat(problems.get(1).text().in(Language.EN)).isEqualTo(
                "the row of the fields' examples gets the finding rule-violation: Rule broken: when kind is filled, note must be filled too.");
        assertThat(problems.get(1).text().in(Language.FR)).isEqualTo("la ligne des exemples des champs reçoit le constat rule-violation : "
                + "Règle enfreinte : si kind est rempli, note doit l'être aussi.");
    }

    @Test
    void aFieldWithoutAnExampleIsAWarningAndARequiredOneAlsoFailsTheRow() {
        parcels("1.0.0", ", \"example\": \"3\"", "");

        List<Problem> problems = problems(StandardLint.lint(root, none()));

        assertThat(problems).extracting(Problem::code, Problem::severity, Problem::field).containsExactly(
                tuple(Code.EXAMPLE_MISSING, Severity.WARNING, "size"),
                tuple(Code.EXAMPLE_INVALID, Severity.ERROR, "size"));
    }

    @Test
    void brokenDefinitionsAreReportedWithTheirFilePlaceAndKind() {
        parcels("1.0.0", "^P[0-9]+$", "^P[0-9+$");
        Path codes = parcels("1.1.0", "codelists/kinds.csv", "codelists/missing.csv");
        Path schema = parcels("1.2.0", "\"minimum\": 1", "\"minimum\": \"one\"");

        LintReport report = StandardLint.lint(root, none());

        assertThat(report.standards()).extracting(Checked::ref).extracting(Object::toString)
                .containsExactly("parcels@1.0.0", "parcels@1.1.0", "parcels@1.2.0");
        assertThat(report.standards().get(0).problems()).extracting(Problem::code, Problem::field, Problem::pointer)
                .containsExactly(tuple(Code.PATTERN_INVALID, "id", "/properties/id/pattern"));
        assertThat(report.standards().get(1).problems()).extracting(Problem::code, Problem::file, Problem::pointer)
                .containsExactly(tuple(Code.CODELIST_INVALID, codes.resolve("standard.json").toAbsolutePath().normalize().toString(),
                        "/hvd/codeLists/kinds/file"));
        assertThat(report.standards().get(2).problems()).extracting(Problem::code, Problem::field)
                .contains(tuple(Code.DEFINITION_INVALID, "size"));
        assertThat(report.standards().get(2).problems().get(0).file()).isEqualTo(schema.resolve("standard.json").toAbsolutePath().normalize().toString());
    }

    @Test
    void aLookaheadOrBackReferenceIsAPatternThatDoesNotCompileWithTheReason() {
        parcels("1.0.0", "^P[0-9]+$", "^(?=P)P[0-9]+$");
        parcels("1.1.0", "^P[0-9]+$", "^(P)\\\\1$");

        LintReport report = StandardLint.lint(root, none());

        assertThat(problems(report)).extracting(Problem::code, Problem::field, Problem::pointer).containsExactly(
                tuple(Code.PATTERN_INVALID, "id", "/properties/id/pattern"),
                tuple(Code.PATTERN_INVALID, "id", "/properties/id/pattern"));
        assertThat(problems(report).get(0).text().in(Language.EN)).isEqualTo("the pattern uses a lookahead or lookbehind ((?=), "
                + "which hvd cannot match in linear time: rewrite it without (patterns use RE2 syntax, see docs/standard-format.md)");
        assertThat(problems(report).get(1).text().in(Language.FR)).startsWith("le motif emploie une référence arrière (\\1)");
    }

    @Test
    void aPatternOnlyRe2ReadsIsAWarningThatTheExportsLeaveItOut() {
        parcels("1.0.0", "^P[0-9]+$", "(?i)^p[0-9]+\\\\z");

        LintReport report = StandardLint.lint(root, none());

        assertThat(problems(report)).extracting(Problem::code, Problem::severity, Problem::field, Problem::pointer, Problem::value)
                .containsExactly(tuple(Code.PATTERN_NOT_PORTABLE, Severity.WARNING, "id", "/properties/id/pattern", "(?i)^p[0-9]+\\z"));
        assertThat(problems(report).get(0).text().in(Language.EN)).isEqualTo("the pattern uses (?i), which hvd reads (RE2 syntax) but "
                + "JSON Schema's and CSV on the Web's regular expressions (ECMA-262) do not read the same way: the exports leave the "
                + "pattern out; write it with what both read");
        assertThat(report.clean(FailOn.ERROR)).isTrue();
        assertThat(report.clean(FailOn.WARNING)).isFalse();
    }

    @Test
    void aProfileIsCheckedAgainstTheStandardAndItsExampleRowThroughIt() throws IOException {
        Path folder = parcels("1.0.0");
        TinyStandards.writeFile(folder.resolve("profiles/depot.json"), """
                { "formatVersion": 1, "name": "depot", "title": { "en": "Depot", "fr": "Dépôt" },
                  "basedOn": [ { "title": { "en": "Tests", "fr": "Tests" }, "publisher": "hvd" } ],
                  "fields": { "id": { "column": ["Parcel"] }, "kind": { "value": "CRATE" } } }
                """);
        TinyStandards.writeFile(folder.resolve("profiles/broken.json"), """
                { "formatVersion": 1, "name": "broken", "title": { "en": "Broken", "fr": "Brisé" },
                  "basedOn": [ { "title": { "en": "Tests", "fr": "Tests" }, "publisher": "hvd" } ],
                  "fields": { "weight": { "column": ["Weight"] } } }
                """);

        List<Problem> broken = problems(StandardLint.lint(folder, none()));
        Files.delete(folder.resolve("profiles/broken.json"));
        List<Problem> depot = problems(StandardLint.lint(folder, none()));

        assertThat(broken).extracting(Problem::code, Problem::profile, Problem::pointer)
                .containsExactly(tuple(Code.PROFILE_INVALID, "broken", "/fields/weight"));
        assertThat(depot).extracting(Problem::code, Problem::profile, Problem::field, Problem::value, Problem::pointer)
                .containsExactly(tuple(Code.PROFILE_EXAMPLE_INVALID, "depot", "kind", "CRATE", "/fields/kind"));
    }

    @Test
    void aHeaderNameGivenToASecondFieldIsADefinitionProblemWhereItIsRepeated() {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.1.0");
        StandardFolders.edit(folder.resolve("standard.json"), d -> ((ArrayNode) d.at("/properties/unit_type/hvd/aliases/en")).add("Suite"));

        List<Problem> problems = problems(StandardLint.lint(folder, none()));

        assertThat(problems).extracting(Problem::code, Problem::field, Problem::pointer, Problem::file).containsExactly(
                tuple(Code.DEFINITION_INVALID, "unit_type", "/properties/unit_type/hvd/aliases/en/2",
                        folder.resolve("standard.json").toAbsolutePath().normalize().toString()));
        assertThat(problems.get(0).text().in(Language.EN)).isEqualTo(
                "the header name \"Suite\" is already a header name of the field unit: a column so named could not be bound to one field");
        assertThat(problems.get(0).text().in(Language.FR)).isEqualTo(
                "le nom d'en-tête « Suite » est déjà un nom d'en-tête du champ unit : une colonne ainsi nommée ne pourrait être liée à un seul champ");
    }

    @Test
    void aProfileTranslationToACodeOutsideTheFieldsCodeListIsAProfileProblem() {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.1.0");
        StandardFolders.edit(folder.resolve("profiles/rqa.json"),
                rqa -> ((ObjectNode) rqa.at("/fields/street_direction/translate/map")).put("Nord", "NN"));

        List<Problem> problems = problems(StandardLint.lint(folder, none()));

        assertThat(problems).extracting(Problem::code, Problem::profile, Problem::pointer, Problem::file).containsExactly(
                tuple(Code.PROFILE_INVALID, "rqa", "/fields/street_direction/translate/map/Nord",
                        folder.resolve("profiles/rqa.json").toAbsolutePath().normalize().toString()));
        assertThat(problems.get(0).text().in(Language.EN)).isEqualTo("translates \"Nord\" to NN, which is not a code of the list directions");
        assertThat(problems.get(0).text().in(Language.FR)).isEqualTo("traduit « Nord » en NN, qui n'est pas un code de la liste directions");
    }

    @Test
    void aMinorVersionThatBreaksTheVersionBeforeItIsAProblemOfTheNewerOne() {
        parcels("1.0.0");
        parcels("1.1.0", "\"required\": [\"id\", \"size\"]", "\"required\": [\"id\", \"size\", \"kind\"]");
        parcels("2.0.0", "\"maximum\": 10", "\"maximum\": 5");

        LintReport report = StandardLint.lint(root, none());

        assertThat(report.standards().get(0).problems()).isEmpty();
        assertThat(report.standards().get(1).problems()).extracting(Problem::code, Problem::field).containsExactly(
                tuple(Code.BREAKING_CHANGE, "kind"));
        assertThat(report.standards().get(1).problems().get(0).text().in(Language.EN))
                .isEqualTo("1.1.0 is a minor or patch version after 1.0.0, but this change can break files: kind is now required");
        assertThat(report.standards().get(2).problems()).as("a major version may break").isEmpty();
    }

    @Test
    void aPatchVersionRelabellingACodeAProfileTranslatesByFailsTheLint() throws IOException {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.1.1");
        Path streetTypes = folder.resolve("codelists/street-types.csv");
        Files.writeString(streetTypes, Files.readString(streetTypes).replace("RUE,Street (French),Rue\n", "RUE,Street (French),Rue (voie)\n"));

        LintReport report = StandardLint.lint(folder, StandardRegistry.bundled());

        assertThat(problems(report)).extracting(Problem::code).containsExactly(Code.BREAKING_CHANGE);
        assertThat(problems(report).get(0).text().in(Language.EN)).isEqualTo("1.1.1 is a minor or patch version after 1.1.0, but this "
                + "change can break files: code list street-types: code RUE, French label now \"Rue (voie)\" (was \"Rue\"); "
                + "profile rqa translates values by this label");
        assertThat(report.clean(FailOn.ERROR)).isFalse();
    }

    @Test
    void aVersionBeingWrittenIsComparedWithTheKnownVersionBeforeIt() {
        Path known = root.resolve("known");
        TinyStandards.writeFile(known.resolve("parcels/1.0.0/standard.json"), PARCELS.replace("VERSION", "1.0.0").replace("ID_EXAMPLE", "P1"));
        TinyStandards.writeFile(known.resolve("parcels/1.0.0/codelists/kinds.csv"), KINDS);
        Path draft = parcels("1.0.1", "\"minimum\": 1", "\"minimum\": 2");

        LintReport report = StandardLint.lint(draft, StandardRegistry.builder().includeBundled(false).directory(known).build());

        assertThat(problems(report)).extracting(Problem::code).containsExactly(Code.BREAKING_CHANGE);
    }

    @Test
    void aFolderNotNamedIdVersionTakesItsIdentityFromItsDefinitionOrSaysItCannot() {
        Path draft = root.resolve("My Draft");
        TinyStandards.writeFile(draft.resolve("standard.json"), PARCELS.replace("VERSION", "0.1.0").replace("ID_EXAMPLE", "P1"));
        TinyStandards.writeFile(draft.resolve("codelists/kinds.csv"), KINDS);
        Path unreadable = root.resolve("other").resolve("notes");
        TinyStandards.writeFile(unreadable.resolve("standard.json"), "{ not json");

        assertThat(StandardLint.lint(draft, none()).standards()).singleElement().satisfies(checked -> {
            assertThat(checked.ref()).hasToString("parcels@0.1.0");
            assertThat(checked.problems()).extracting(Problem::code, Problem::text)
                    .containsExactly(tuple(Code.FOLDER_NAME, Message.of("lint.folder-name", "parcels/0.1.0")));
        });
        assertThat(StandardLint.lint(unreadable, none()).standards()).singleElement().satisfies(checked -> {
            assertThat(checked.ref()).isNull();
            assertThat(checked.problems()).extracting(Problem::code).containsExactly(Code.FOLDER_LAYOUT);
        });
    }

    @Test
    void aMissingOrEmptyFolderCannotBeLinted() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));

        assertThatThrownBy(() -> StandardLint.lint(root.resolve("nowhere"), none()))
                .isInstanceOfSatisfying(HvdException.class, e -> assertThat(e.text().key()).isEqualTo("lint.dir.missing"));
        assertThatThrownBy(() -> StandardLint.lint(empty, none()))
                .isInstanceOfSatisfying(HvdException.class, e -> assertThat(e.text().key()).isEqualTo("lint.dir.empty"));
    }
}
