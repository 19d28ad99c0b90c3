package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.standard.StandardDiff.Bump;
import ca.hvd.core.standard.StandardDiff.Change;
import ca.hvd.core.standard.StandardDiff.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link StandardDiff}: each kind of change between two versions of the {@code cells} test standard,
 * made one edit at a time, is found and classified as breaking or not; semantic versioning is
 * judged from the version numbers; and the two bundled versions of civic addresses differ by
 * exactly the changes 1.1.0 was made for.
 */
class StandardDiffTest {

    @TempDir
    Path root;

    /** One edit of the definition (and its code list), the change it makes, and whether that change breaks files. */
    record Edit(String description, Consumer<ObjectNode> definition, String colours, Kind kind, String subject, boolean breaking) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static ObjectNode field(ObjectNode definition, String name) {
        return (ObjectNode) definition.get("properties").get(name);
    }

    private static ObjectNode hvd(ObjectNode definition, String name) {
        return (ObjectNode) field(definition, name).get("hvd");
    }

    private static ObjectNode newField(ObjectNode definition, String name, String type) {
        ObjectNode field = ((ObjectNode) definition.get("properties")).putObject(name);
        field.put("type", type);
        field.putObject("hvd").putObject("title").put("en", name).put("fr", name);
        return field;
    }

    private static ArrayNode required(ObjectNode definition) {
        return (ArrayNode) definition.get("required");
    }

    private static final String COLOURS = "code,label_en,label_fr\nRED,Red,Rouge\nGREEN,Green,Vert\nBLUE,Blue,Bleu\n";

    static Stream<Edit> edits() {
        return Stream.of(
                new Edit("a new optional field", d -> newField(d, "note", "string"), null, Kind.FIELD_ADDED, "note", false),
                new Edit("a new required field", d -> {
                    newField(d, "note", "string");
                    required(d).add("note");
                }, null, Kind.FIELD_ADDED, "note", true),
                new Edit("a removed field", d -> ((ObjectNode) d.get("properties")).remove("flag"), null, Kind.FIELD_REMOVED, "flag", true),
                new Edit("a field renamed, its old name an alias of the new one", d -> {
                    ObjectNode properties = (ObjectNode) d.get("properties");
                    ObjectNode label = (ObjectNode) properties.remove("label");
                    ((ArrayNode) label.get("hvd").get("aliases").get("en")).add("label");
                    properties.set("name", label);
                    required(d).removeAll().add("name");
                }, null, Kind.FIELD_RENAMED, "name", true),
                new Edit("integer widened to number", d -> field(d, "whole").put("type", "number"), null, Kind.TYPE_CHANGED, "whole", false),
                new Edit("number narrowed to integer", d -> field(d, "share").put("type", "integer"), null, Kind.TYPE_CHANGED, "share", true),
                new Edit("text narrowed to a whole number", d -> field(d, "id").put("type", "integer"), null, Kind.TYPE_CHANGED, "id", true),
                new Edit("a date widened to text", d -> field(d, "day").remove("format"), null, Kind.TYPE_CHANGED, "day", false),
                new Edit("an optional field made required", d -> required(d).add("code"), null, Kind.REQUIRED_CHANGED, "code", true),
                new Edit("a required field made optional", d -> required(d).removeAll(), null, Kind.REQUIRED_CHANGED, "label", false),
                new Edit("a pattern added", d -> field(d, "id").put("pattern", "^[0-9]+$"), null, Kind.PATTERN_CHANGED, "id", true),
                new Edit("a pattern removed", d -> field(d, "code").remove("pattern"), null, Kind.PATTERN_CHANGED, "code", false),
                new Edit("a pattern changed", d -> field(d, "code").put("pattern", "^[A-Z]{2}[0-9]{1,2}$"), null, Kind.PATTERN_CHANGED, "code", true),
                new Edit("a minimum raised", d -> field(d, "whole").put("minimum", 1), null, Kind.RANGE_CHANGED, "whole", true),
                new Edit("a maximum raised", d -> field(d, "whole").put("maximum", 20), null, Kind.RANGE_CHANGED, "whole", false),
                new Edit("a minimum removed", d -> field(d, "whole").remove("minimum"), null, Kind.RANGE_CHANGED, "whole", false),
                new Edit("an exclusive bound made inclusive", d -> {
                    field(d, "share").remove("exclusiveMinimum");
                    field(d, "share").put("minimum", 0);
                }, null, Kind.RANGE_CHANGED, "share", false),
                new Edit("the range moved up: minimum and maximum raised", d -> field(d, "whole").put("minimum", 5).put("maximum", 15),
                        null, Kind.RANGE_CHANGED, "whole", true),
                new Edit("a maximum length lowered", d -> field(d, "label").put("maxLength", 4), null, Kind.LENGTH_CHANGED, "label", true),
                new Edit("a minimum length lowered", d -> field(d, "label").put("minLength", 1), null, Kind.LENGTH_CHANGED, "label", false),
                new Edit("values limited to a code list", d -> hvd(d, "id").put("codeList", "colours"), null,
                        Kind.FIELD_CODELIST_CHANGED, "id", true),
                new Edit("values no longer limited to a code list", d -> hvd(d, "colour").remove("codeList"), null,
                        Kind.FIELD_CODELIST_CHANGED, "colour", false),
                new Edit("a code added", d -> { }, COLOURS + "YELLOW,Yellow,Jaune\n", Kind.CODE_ADDED, "colours", false),
                new Edit("a code removed", d -> { }, "code,label_en,label_fr\nRED,Red,Rouge\nGREEN,Green,Vert\n", Kind.CODE_REMOVED, "colours", true),
                new Edit("a code relabelled", d -> { }, COLOURS.replace("Bleu", "Bleu ciel"), Kind.CODE_LABEL_CHANGED, "colours", false),
                new Edit("a header alias added", d -> ((ArrayNode) hvd(d, "label").get("aliases").get("fr")).add("titre"), null,
                        Kind.ALIAS_ADDED, "label", false),
                new Edit("a header alias removed", d -> ((ArrayNode) hvd(d, "label").get("aliases").get("en")).removeAll(), null,
                        Kind.ALIAS_REMOVED, "label", true),
                new Edit("a field made multi-valued", d -> hvd(d, "colour").put("separator", ","), null, Kind.SEPARATOR_CHANGED, "colour", true),
                new Edit("a suppression threshold added", d -> hvd(d, "whole").put("suppressionThreshold", 5), null,
                        Kind.SUPPRESSION_CHANGED, "whole", true),
                new Edit("a name check added", d -> hvd(d, "label").put("characters", "name"), null, Kind.TEXT_CHECK_ADDED, "label", true),
                new Edit("a rule between existing fields", d -> d.putObject("dependentRequired").putArray("whole").add("share"), null,
                        Kind.RULE_ADDED, "whole-requires-share", true),
                new Edit("a unique key over existing fields", d -> ((ObjectNode) d.get("hvd")).putArray("uniqueKeys").addArray().add("id"), null,
                        Kind.UNIQUE_KEY_ADDED, "id", true),
                new Edit("columns must now follow the standard's order", d -> ((ObjectNode) d.get("hvd")).put("columnOrder", "canonical"), null,
                        Kind.COLUMN_ORDER_CHANGED, null, true),
                new Edit("the status moves from draft to trial", d -> ((ObjectNode) d.get("hvd")).put("status", "trial"), null,
                        Kind.STATUS_CHANGED, null, false),
                new Edit("an unused code list declared", d -> ((ObjectNode) d.get("hvd").get("codeLists")).putObject("shades")
                        .put("file", "codelists/colours.csv").putObject("title").put("en", "Shades").put("fr", "Nuances"),
                        null, Kind.CODELIST_ADDED, "shades", false));
    }

    /** Writes the {@code cells} standard as {@code 1.0.0} and, edited, as {@code version}, and loads both. */
    private List<Standard> versions(String version, Consumer<ObjectNode> edit, String colours) {
        StandardFolders.copy("cells", root, "1.0.0");
        Path folder = StandardFolders.copy("cells", root, version);
        ObjectNode definition = StandardFolders.definition("cells");
        edit.accept(definition);
        StandardFolders.write(root, "cells", version, definition);
        if (colours != null) {
            TinyStandards.writeFile(folder.resolve("codelists/colours.csv"), colours);
        }
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(root).build();
        return List.of(registry.resolve("cells@1.0.0"), registry.resolve("cells@" + version));
    }

    private StandardDiff diff(String version, Consumer<ObjectNode> edit, String colours) {
        List<Standard> both = versions(version, edit, colours);
        return StandardDiff.between(both.get(0), both.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void eachEditIsOneChangeClassifiedAsBreakingOrNot(Edit edit) {
        StandardDiff diff = diff("2.0.0", edit.definition(), edit.colours());

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking)
                .containsExactly(tuple(edit.kind(), edit.subject(), edit.breaking()));
        Change change = diff.changes().get(0);
        assertThat(change.text().in(Language.EN)).isNotBlank().doesNotContain("diff.");
        assertThat(change.text().in(Language.FR)).isNotBlank().doesNotContain("diff.").isNotEqualTo(change.text().in(Language.EN));
    }

    @Test
    void boundsThatAllowTheSameWholeNumbersAreNoChange() {
        StandardDiff diff = diff("1.0.1", d -> {
            field(d, "whole").remove("minimum");
            field(d, "whole").put("exclusiveMinimum", -1);
        }, null);

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.bump()).isEqualTo(Bump.PATCH);
        assertThat(diff.semverViolation()).isFalse();
    }

    @Test
    void aRangeChangeSaysWhatItWasAndWhatItIs() {
        Change change = diff("2.0.0", d -> field(d, "whole").put("minimum", 1), null).changes().get(0);

        assertThat(change.before()).isEqualTo("≥ 0, ≤ 10");
        assertThat(change.after()).isEqualTo("≥ 1, ≤ 10");
        assertThat(change.text().in(Language.EN)).isEqualTo("whole: range tightened (was ≥ 0, ≤ 10, now ≥ 1, ≤ 10)");
        assertThat(change.text().in(Language.FR)).isEqualTo("whole : plage resserrée (avant : ≥ 0, ≤ 10 ; maintenant : ≥ 1, ≤ 10)");
    }

    @Test
    void aRuleOrKeyOverANewFieldCannotBreakOldFiles() {
        StandardDiff diff = diff("1.1.0", d -> {
            newField(d, "note", "string");
            d.putObject("dependentRequired").putArray("note").add("label");
            ((ObjectNode) d.get("hvd")).putArray("uniqueKeys").addArray().add("id").add("note");
        }, null);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking).containsExactly(
                tuple(Kind.FIELD_ADDED, "note", false),
                tuple(Kind.RULE_ADDED, "note-requires-label", false),
                tuple(Kind.UNIQUE_KEY_ADDED, "id+note", false));
        assertThat(diff.semverViolation()).isFalse();
    }

    @Test
    void aUniqueKeyWidenedByAFieldIsImpliedByTheOldOne() {
        StandardFolders.write(root, "keys", "1.0.0", keyed("first"));
        StandardFolders.write(root, "keys", "1.1.0", keyed("first", "second"));
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(root).build();

        StandardDiff diff = StandardDiff.between(registry.resolve("keys@1.0.0"), registry.resolve("keys@1.1.0"));

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking).containsExactly(
                tuple(Kind.UNIQUE_KEY_REMOVED, "first", false),
                tuple(Kind.UNIQUE_KEY_ADDED, "first+second", false));
    }

    private static ObjectNode keyed(String... fields) {
        ObjectNode definition = StandardFolders.definition("ordered");
        ArrayNode key = ((ObjectNode) definition.get("hvd")).putArray("uniqueKeys").addArray();
        for (String field : fields) {
            key.add(field);
        }
        return definition;
    }

    @Test
    void aHeaderNameMovedFromOneFieldToAnotherBreaksTheFilesThatUsedIt() {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.2.0");
        StandardFolders.edit(folder.resolve("standard.json"), d -> {
            ((ArrayNode) d.at("/properties/unit/hvd/aliases/en")).remove(2);
            ((ArrayNode) d.at("/properties/unit_type/hvd/aliases/en")).add("suite");
        });
        Standard newer = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("civic-addresses@1.2.0");

        StandardDiff diff = StandardDiff.between(StandardRegistry.bundled().resolve("civic-addresses@1.1.0"), newer);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking, Change::before, Change::after).containsExactly(
                tuple(Kind.ALIAS_REMOVED, "unit", true, "suite", null),
                tuple(Kind.ALIAS_ADDED, "unit_type", true, null, "suite"));
        assertThat(diff.changes().get(1).text().in(Language.EN)).isEqualTo("unit_type: header \"suite\" now accepted, which was a header of unit");
        assertThat(diff.changes().get(1).text().in(Language.FR)).isEqualTo("unit_type : en-tête « suite » maintenant accepté, qui était un en-tête de unit");
        assertThat(diff.semverViolation()).isTrue();
    }

    @Test
    void aLabelChangeBreaksOnlyInTheLanguageAProfileTranslatesBy() throws IOException {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.1.1");
        Path streetTypes = folder.resolve("codelists/street-types.csv");
        Files.writeString(streetTypes, Files.readString(streetTypes).replace("RUE,Street (French),Rue\n", "RUE,Street (in French),Rue (voie)\n"));
        Standard newer = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("civic-addresses@1.1.1");

        StandardDiff diff = StandardDiff.between(StandardRegistry.bundled().resolve("civic-addresses@1.1.0"), newer);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking, Change::before, Change::after).containsExactly(
                tuple(Kind.CODE_LABEL_CHANGED, "street-types", false, "Street (French)", "Street (in French)"),
                tuple(Kind.CODE_LABEL_CHANGED, "street-types", true, "Rue", "Rue (voie)"));
        assertThat(diff.changes()).extracting(change -> change.text().in(Language.EN)).containsExactly(
                "code list street-types: code RUE, English label now \"Street (in French)\" (was \"Street (French)\")",
                "code list street-types: code RUE, French label now \"Rue (voie)\" (was \"Rue\"); profile rqa translates values by this label");
        assertThat(diff.changes().get(1).text().in(Language.FR)).isEqualTo("liste de codes street-types : code RUE, libellé français "
                + "maintenant « Rue (voie) » (avant : « Rue ») ; le profil rqa traduit les valeurs par ce libellé");
        assertThat(diff.semverViolation()).isTrue();
    }

    @Test
    void anAttributeAProfileTranslatesByBreaksWhenItChanges() throws IOException {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.1.1");
        Path provinces = folder.resolve("codelists/provinces.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(provinces));
        int nt = lines.indexOf(lines.stream().filter(line -> line.startsWith("NT,")).findFirst().orElseThrow());
        lines.set(nt, lines.get(nt).replace(",61,", ",62,"));
        Files.write(provinces, lines);
        Standard newer = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("civic-addresses@1.1.1");

        StandardDiff diff = StandardDiff.between(StandardRegistry.bundled().resolve("civic-addresses@1.1.0"), newer);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking, Change::before, Change::after).containsExactly(
                tuple(Kind.CODE_ATTRIBUTE_CHANGED, "provinces", true, "61", "62"));
        assertThat(diff.changes().get(0).text().in(Language.EN))
                .isEqualTo("code list provinces: code NT, sgc changed (was 61, now 62); profiles bdoa, nar, oda translate values by it");
    }

    @Test
    void aNewFieldUnderAHeaderAnotherFieldHadBreaksTheFilesThatUsedIt() {
        StandardDiff diff = diff("1.1.0", d -> {
            ((ArrayNode) hvd(d, "label").get("aliases").get("en")).removeAll();
            ((ObjectNode) newField(d, "heading", "string").get("hvd")).putObject("aliases").putArray("en").add("Title");
        }, null);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking).containsExactly(
                tuple(Kind.ALIAS_REMOVED, "label", true),
                tuple(Kind.FIELD_ADDED, "heading", true));
        assertThat(diff.changes().get(1).text().in(Language.EN)).isEqualTo("new optional field heading, under the header \"Title\" that was a header of label");
        assertThat(diff.changes().get(1).text().in(Language.FR)).isEqualTo(
                "nouveau champ facultatif heading, sous l'en-tête « Title » qui était un en-tête de label");
    }

    @Test
    void aBreakingChangeInAMinorOrPatchVersionViolatesSemanticVersioning() {
        Consumer<ObjectNode> breaking = d -> required(d).add("code");

        assertThat(diff("1.1.0", breaking, null).semverViolation()).isTrue();
        assertThat(diff("1.0.1", breaking, null).semverViolation()).isTrue();
        assertThat(diff("2.0.0", breaking, null).semverViolation()).isFalse();
        assertThat(diff("1.1.0", d -> newField(d, "note", "string"), null).semverViolation()).isFalse();
    }

    @Test
    void versionNumbersSayWhichPartWasRaised() {
        StandardRef a = new StandardRef("x", SemVer.parse("1.2.3"));

        assertThat(Bump.of(a, new StandardRef("x", SemVer.parse("2.0.0")))).isEqualTo(Bump.MAJOR);
        assertThat(Bump.of(a, new StandardRef("x", SemVer.parse("1.3.0")))).isEqualTo(Bump.MINOR);
        assertThat(Bump.of(a, new StandardRef("x", SemVer.parse("1.2.4")))).isEqualTo(Bump.PATCH);
        assertThat(Bump.of(a, a)).isEqualTo(Bump.NONE);
        assertThat(Bump.of(a, new StandardRef("x", SemVer.parse("1.2.0")))).isEqualTo(Bump.DOWNGRADE);
        assertThat(Bump.of(a, new StandardRef("y", SemVer.parse("2.0.0")))).isEqualTo(Bump.UNRELATED);
    }

    @Test
    void anyChangeIsAllowedBeforeVersionOne() {
        StandardFolders.copy("cells", root, "0.1.0");
        StandardFolders.write(root, "cells", "0.1.0", StandardFolders.definition("cells"));
        ObjectNode definition = StandardFolders.definition("cells");
        required(definition).add("code");
        StandardFolders.copy("cells", root, "0.2.0");
        StandardFolders.write(root, "cells", "0.2.0", definition);
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(root).build();

        StandardDiff diff = StandardDiff.between(registry.resolve("cells@0.1.0"), registry.resolve("cells@0.2.0"));

        assertThat(diff.breaking()).isTrue();
        assertThat(diff.bump()).isEqualTo(Bump.MINOR);
        assertThat(diff.semverViolation()).isFalse();
    }

    /** Every change from civic-addresses 1.0.0 to 1.1.0, each stated, and none of them breaking. */
    @Test
    void civicAddresses110AddsTheUnitDesignatorWithoutBreakingAnything() {
        StandardRegistry bundled = StandardRegistry.bundled();
        StandardDiff diff = StandardDiff.between(bundled.resolve("civic-addresses@1.0.0"), bundled.resolve("civic-addresses@1.1.0"));

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking, Change::after).containsExactly(
                tuple(Kind.ALIAS_ADDED, "unit", false, "unit number"),
                tuple(Kind.ALIAS_ADDED, "unit", false, "numéro d'unité"),
                tuple(Kind.FIELD_ADDED, "unit_type", false, "string"),
                tuple(Kind.CODELIST_ADDED, "unit-types", false, "unit-types"),
                tuple(Kind.RULE_ADDED, "unit_type-requires-unit", false, "unit_type-requires-unit"),
                tuple(Kind.PROFILE_CHANGED, "bdoa", false, "fields.unit_type"),
                tuple(Kind.PROFILE_CHANGED, "geonb", false, "fields.unit_type"),
                tuple(Kind.PROFILE_CHANGED, "nar", false, "fields.unit_type"),
                tuple(Kind.PROFILE_CHANGED, "nscaf", false, "fields.unit_type"),
                tuple(Kind.PROFILE_CHANGED, "oda", false, "fields.unit_type"),
                tuple(Kind.PROFILE_CHANGED, "rqa", false, "fields.unit_type"));
        assertThat(diff.bump()).isEqualTo(Bump.MINOR);
        assertThat(diff.breaking()).isFalse();
        assertThat(diff.semverViolation()).isFalse();
        assertThat(diff.changes().get(2).text().in(Language.FR)).isEqualTo("nouveau champ facultatif unit_type");
        assertThat(diff.changes().get(5).text().in(Language.EN)).isEqualTo("profile bdoa: new field unit_type: no column, absent from the layout");
        assertThat(diff.changes().get(5).text().in(Language.FR))
                .isEqualTo("profil bdoa : nouveau champ unit_type : aucune colonne, absent de la disposition");
        assertThat(diff.changes().get(3).text().in(Language.EN)).isEqualTo("new code list unit-types, \"Unit designators (Canada Post)\" (11 codes)");
    }

    @Test
    void goingBackFromCivicAddresses110Breaks() {
        StandardRegistry bundled = StandardRegistry.bundled();
        StandardDiff back = StandardDiff.between(bundled.resolve("civic-addresses@1.1.0"), bundled.resolve("civic-addresses@1.0.0"));

        assertThat(back.bump()).isEqualTo(Bump.DOWNGRADE);
        assertThat(back.breakingChanges()).extracting(Change::kind, Change::subject).containsExactly(
                tuple(Kind.ALIAS_REMOVED, "unit"),
                tuple(Kind.ALIAS_REMOVED, "unit"),
                tuple(Kind.FIELD_REMOVED, "unit_type"));
        assertThat(back.semverViolation()).isFalse();
    }

    /** One edit of a bundled profile, the part of the profile it changes, whether that breaks files, and the change in English. */
    record ProfileEdit(String description, String standard, String version, String profile, Consumer<ObjectNode> edit, String part,
                       boolean breaking, String english) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static ArrayNode array(ObjectNode node, String pointer) {
        return (ArrayNode) node.at(pointer);
    }

    private static ObjectNode object(ObjectNode node, String pointer) {
        return (ObjectNode) node.at(pointer);
    }

    private static ProfileEdit oda(String description, Consumer<ObjectNode> edit, String part, boolean breaking, String english) {
        return new ProfileEdit(description, "civic-addresses", "1.1.0", "oda", edit, part, breaking, english);
    }

    private static ProfileEdit rqa(String description, Consumer<ObjectNode> edit, String part, boolean breaking, String english) {
        return new ProfileEdit(description, "civic-addresses", "1.1.0", "rqa", edit, part, breaking, english);
    }

    private static ProfileEdit names(String profile, String description, Consumer<ObjectNode> edit, String part, boolean breaking,
                                     String english) {
        return new ProfileEdit(description, "newborn-names", "1.0.0", profile, edit, part, breaking, english);
    }

    static Stream<ProfileEdit> profileEdits() {
        return Stream.of(
                oda("a header name added", p -> array(p, "/fields/address_id/column").add("oda_id"), "fields.address_id", false,
                        "profile oda: address_id also read from a column named \"oda_id\""),
                rqa("a header name removed", p -> array(p, "/fields/address_id/column").remove(0), "fields.address_id", true,
                        "profile rqa: address_id no longer read from a column named \"identifiant_unique_adresse\""),
                rqa("a header name removed that another still matches", p -> {
                    array(p, "/fields/address_id/column").remove(2);
                    object(p, "/title").put("fr", "RQA");
                }, "title", false, "profile rqa: its title changed"),
                oda("a fallback column removed", p -> object(p, "/fields/street_name").remove("fallback"), "fields.street_name", true,
                        "profile oda: street_name no longer read from the column \"str_name_pcs\" when its own is empty"),
                oda("a fallback column added", p -> object(p, "/fields/unit").putArray("fallback").add("unit_pcs"), "fields.unit", false,
                        "profile oda: unit now read from the column \"unit_pcs\" when its own is empty"),
                oda("an extraction changed", p -> object(p, "/fields/civic_number/extract").put("pattern", "^(\\d+)$"), "fields.civic_number",
                        true, "profile oda: how civic_number is taken out of its column changed "
                                + "(was ^(\\d+)(?:[\\s-]*(?:\\p{L}+|\\d/\\d))?$, group 1, now ^(\\d+)$, group 1)"),
                rqa("a translation removed", p -> object(p, "/fields/street_direction/translate/map").remove("Nord"), "fields.street_direction",
                        true, "profile rqa: street_direction no longer translates \"Nord\" (it gave N)"),
                rqa("a translation changed", p -> object(p, "/fields/street_direction/translate/map").put("Nord", "NE"),
                        "fields.street_direction", true, "profile rqa: street_direction now translates \"Nord\" to NE (was N)"),
                rqa("a translation added", p -> object(p, "/fields/street_direction/translate/map").put("Nordet", "NE"),
                        "fields.street_direction", false, "profile rqa: street_direction now translates \"Nordet\" to NE"),
                rqa("a look-up by another label", p -> object(p, "/fields/street_type/translate").put("by", "label_en"), "fields.street_type",
                        true, "profile rqa: street_type now translated by the label_en column of the code list street-types "
                                + "(was the label_fr column of street-types)"),
                oda("a column replaced by a fixed value", p -> object(p, "/fields").putObject("province").put("value", "NT"),
                        "fields.province", true, "profile oda: province now from the fixed value \"NT\" (was the column pruid)"),
                oda("an absent field now read from a column", p -> object(p, "/fields").putObject("unit_type").putArray("column").add("unit_type"),
                        "fields.unit_type", false, "profile oda: unit_type now from the column unit_type (was no column, absent from the layout)"),
                oda("a column no longer read", p -> object(p, "/fields").putObject("provider").put("absent", true), "fields.provider", true,
                        "profile oda: provider now from no column, absent from the layout (was the column provider)"),
                oda("a field now given with --set", p -> object(p, "/fields").putObject("provider").put("parameter", true), "fields.provider",
                        true, "profile oda: provider now from a value given with --set (was the column provider)"),
                names("bc", "a --set parameter now read from a column", p -> object(p, "/fields").putObject("sex").putArray("column").add("Sex"),
                        "fields.sex", false, "profile bc: sex now from the column Sex (was a value given with --set)"),
                oda("another delimiter", p -> object(p, "/source").put("delimiter", ";"), "source", true,
                        "profile oda: the delimiter now ; (was ,)"),
                oda("a header line given", p -> object(p, "/source").put("headerLine", 2), "source", true,
                        "profile oda: the header line now 2 (was detected)"),
                oda("an ignored column no longer ignored", p -> array(p, "/ignoredColumns").remove(1), "ignoredColumns", true,
                        "profile oda: the column \"group_id\" is no longer expected; it is now an extra column"),
                oda("an ignored column added", p -> array(p, "/ignoredColumns").add("notes"), "ignoredColumns", false,
                        "profile oda: the column \"notes\" is now expected and left out"),
                oda("a finding made less severe", p -> p.putObject("severities").put("extra-column", "info"), "severities", false,
                        "profile oda: extra-column findings now info (was warning)"),
                oda("a finding made more severe", p -> p.putObject("severities").put("missing-optional-column", "warning"), "severities", true,
                        "profile oda: missing-optional-column findings now warning (was info)"),
                names("on", "a finding turned back on", p -> object(p, "/severities").remove("preamble-skipped"), "severities", true,
                        "profile on: preamble-skipped findings now info (was off)"),
                oda("a new title", p -> object(p, "/title").put("en", "ODA"), "title", false, "profile oda: its title changed"),
                names("bc", "a suppression token added", p -> array(p, "/wide/suppressed").add("x"), "wide", false,
                        "profile bc: \"x\" now marks a suppressed cell"),
                names("bc", "a suppression token removed", p -> array(p, "/wide/suppressed").removeAll(), "wide", true,
                        "profile bc: \"0\" no longer marks a suppressed cell"),
                names("bc", "other spread columns", p -> object(p, "/wide").put("columns", "^(20\\d{2})$"), "wide", true,
                        "profile bc: its wide layout changed (the spread columns, the fields they fill, the total column or the totals row)"),
                names("statcan", "a filter keeping more records", p -> array(p, "/filter/keep").add("Rank"), "filter", true,
                        "profile statcan: now also keeps the records holding \"Rank\""),
                names("statcan", "a filter column found under another name", p -> array(p, "/filter/column").add("Indicator name"), "filter",
                        false, "profile statcan: the column it keeps records by is also found under the name \"Indicator name\""),
                names("statcan", "the filter removed", p -> p.remove("filter"), "filter", true, "profile statcan: now keeps every record"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileEdits")
    void eachProfileEditIsOneChangeSaidInWordsAndClassifiedAsBreakingOrNot(ProfileEdit edit) {
        Path folder = StandardFolders.copyBundled(edit.standard(), edit.version(), root, "9.0.0");
        StandardFolders.edit(folder.resolve("profiles/" + edit.profile() + ".json"), edit.edit());
        Standard newer = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve(edit.standard() + "@9.0.0");

        StandardDiff diff = StandardDiff.between(StandardRegistry.bundled().resolve(edit.standard() + "@" + edit.version()), newer);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking, Change::after)
                .containsExactly(tuple(Kind.PROFILE_CHANGED, edit.profile(), edit.breaking(), edit.part()));
        Change change = diff.changes().get(0);
        assertThat(change.text().in(Language.EN)).isEqualTo(edit.english());
        assertThat(change.text().in(Language.FR)).isNotBlank().doesNotContain("diff.").isNotEqualTo(edit.english());
    }

    /** A file laid out for oda 1.1.0 misses a required column when read with a copy of oda whose id column is renamed. */
    @Test
    void aColumnRenamedInAProfileBreaksTheFilesItReadsAndSaysSo() throws IOException {
        Path folder = StandardFolders.copyBundled("civic-addresses", "1.1.0", root, "1.2.0");
        StandardFolders.edit(folder.resolve("profiles/oda.json"), p -> array(p, "/fields/address_id/column").removeAll().add("address_uid"));
        Standard older = StandardRegistry.bundled().resolve("civic-addresses@1.1.0");
        Standard newer = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("civic-addresses@1.2.0");

        StandardDiff diff = StandardDiff.between(older, newer);
        Path file = Files.writeString(root.resolve("oda.csv"), StandardTemplate.of(older, older.profile("oda")).csv());
        DatasetReport report = Validator.validate(ValidationRequest.builder(newer).profile(newer.profile("oda"))
                .dataset(new DatasetInput(file, "oda")).build()).datasets().get(0);

        assertThat(diff.changes()).extracting(Change::kind, Change::subject, Change::breaking, Change::after).containsExactly(
                tuple(Kind.PROFILE_CHANGED, "oda", true, "fields.address_id"),
                tuple(Kind.PROFILE_CHANGED, "oda", false, "fields.address_id"));
        assertThat(diff.changes()).extracting(change -> change.text().in(Language.FR)).containsExactly(
                "profil oda : address_id n'est plus lu dans une colonne nommée « id »",
                "profil oda : address_id est aussi lu dans une colonne nommée « address_uid »");
        assertThat(diff.semverViolation()).isTrue();
        assertThat(report.findings()).extracting(group -> group.key().code(), group -> group.key().field())
                .contains(tuple(FindingCode.MISSING_COLUMN, "address_id"));
    }
}
