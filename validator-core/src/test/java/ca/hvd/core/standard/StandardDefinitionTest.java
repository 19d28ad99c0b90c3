package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken standard definitions are refused before use, each problem naming its file and the place
 * in it: a JSON pointer into {@code standard.json}, or a line of a code list. Each test breaks one
 * thing in a copy of the test standard {@code cells}.
 */
class StandardDefinitionTest {

    @TempDir
    Path root;

    private Path folder;
    private ObjectNode definition;

    @BeforeEach
    void setUp() {
        folder = StandardFolders.copy("cells", root, "1.0.0");
        definition = StandardFolders.definition("cells");
    }

    private String file(String relative) {
        return folder.resolve(relative).toAbsolutePath().normalize().toString();
    }

    private String definitionFile() {
        return file("standard.json");
    }

    private ObjectNode node(String pointer) {
        return (ObjectNode) definition.at(pointer);
    }

    /** Writes the definition, loads it, and returns the exception refusing it. */
    private StandardException refused() {
        StandardFolders.write(folder, definition);
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(root).build();
        StandardException refused = catchThrowableOfType(StandardException.class, () -> registry.resolve("cells"));
        assertThat(refused).as("the broken definition is refused").isNotNull();
        assertThat(refused.text()).isEqualTo(Message.of("standard.broken", "cells@1.0.0", refused.problems().size()));
        return refused;
    }

    /** Each problem as (file, pointer, message key). */
    private List<Tuple> problems() {
        return refused().problems().stream().map(p -> tuple(p.file(), p.pointer(), p.text().key())).toList();
    }

    @Test
    void theUnchangedTestStandardLoads() {
        StandardFolders.write(folder, definition);

        Standard standard = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("cells");

        assertThat(standard.fields()).extracting(Field::name).containsExactly("id", "label", "code", "colour", "whole", "share", "flag", "day");
        assertThat(standard.fields()).extracting(Field::type).containsExactly(FieldType.STRING, FieldType.STRING, FieldType.STRING,
                FieldType.STRING, FieldType.INTEGER, FieldType.NUMBER, FieldType.BOOLEAN, FieldType.DATE);
        assertThat(standard.field("share").orElseThrow().constraints()).isEqualTo(
                new Constraints(null, java.math.BigDecimal.ZERO, true, java.math.BigDecimal.ONE, true, null, null));
        assertThat(standard.codeLists().get("colours").codes()).containsExactly("RED", "GREEN", "BLUE");
    }

    // ---- the meta-schema ------------------------------------------------------------------------

    @Test
    void aMissingFrenchTitleIsNamedByItsPointer() {
        node("/hvd/title").remove("fr");

        assertThat(problems()).containsExactly(tuple(definitionFile(), "/hvd/title/fr", "standard.schema.required"));
    }

    @Test
    void aKeywordHvdDoesNotCompileIsRefusedRatherThanIgnored() {
        node("/properties/whole").put("multipleOf", 2);

        assertThat(problems()).containsExactly(tuple(definitionFile(), "/properties/whole/multipleOf", "standard.schema.additionalProperties"));
    }

    @Test
    void aMinimumOnATextFieldIsRefused() {
        node("/properties/label").put("minimum", 1);

        assertThat(problems()).containsExactly(tuple(definitionFile(), "/properties/label/minimum", "standard.schema.false"));
    }

    @Test
    void aMinimumWithAnExclusiveMinimumIsRefused() {
        node("/properties/share").put("minimum", 0);

        assertThat(problems()).containsExactly(tuple(definitionFile(), "/properties/share", "standard.schema.not"));
    }

    @Test
    void anUnknownFieldTypeIsRefused() {
        node("/properties/whole").put("type", "float");

        assertThat(problems()).containsExactly(tuple(definitionFile(), "/properties/whole/type", "standard.schema.enum"));
    }

    @Test
    void aValueOfTheWrongJsonTypeSaysTheTypeFoundThenTheTypeExpected() {
        node("/properties/label/hvd/aliases").put("en", "x");
        node("/properties/label").put("maxLength", "20");

        List<StandardProblem> problems = refused().problems();

        assertThat(problems).extracting(StandardProblem::pointer, p -> p.text().in(Language.EN), p -> p.text().in(Language.FR))
                .containsExactlyInAnyOrder(
                        tuple("/properties/label/maxLength", "wrong JSON type: found string, expected integer",
                                "type JSON incorrect : string trouvé, integer attendu"),
                        tuple("/properties/label/hvd/aliases/en", "wrong JSON type: found string, expected array",
                                "type JSON incorrect : string trouvé, array attendu"));
    }

    // ---- references -----------------------------------------------------------------------------

    @Test
    void aFieldNamingAnUndeclaredCodeListIsRefused() {
        node("/properties/colour/hvd").put("codeList", "shades");

        StandardException refused = refused();

        assertThat(refused.problems()).containsExactly(new StandardProblem(definitionFile(), "/properties/colour/hvd/codeList",
                Message.of("standard.codelist.undeclared", "shades")));
    }

    @Test
    void aRequiredFieldThatDoesNotExistIsRefused() {
        ((ArrayNode) definition.get("required")).add("colour_code");

        assertThat(refused().problems()).containsExactly(new StandardProblem(definitionFile(), "/required",
                Message.of("standard.field.unknown", "colour_code")));
    }

    @Test
    void uniqueKeysAndRulesNamingFieldsThatDoNotExistAreRefused() {
        node("/hvd").putArray("uniqueKeys").addArray().add("code").add("year");
        definition.putObject("dependentRequired").putArray("share").add("unit");

        assertThat(problems()).containsExactly(
                tuple(definitionFile(), "/hvd/uniqueKeys/0", "standard.field.unknown"),
                tuple(definitionFile(), "/dependentRequired/share", "standard.field.unknown"));
    }

    @Test
    void anInvalidRegularExpressionIsRefused() {
        node("/properties/code").put("pattern", "^[A-Z");

        StandardException refused = refused();

        assertThat(refused.problems()).extracting(StandardProblem::file, StandardProblem::pointer)
                .containsExactly(tuple(definitionFile(), "/properties/code/pattern"));
        assertThat(refused.problems().get(0).text().key()).isEqualTo("standard.pattern.invalid");
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        node("/properties/whole").put("minimum", 11);

        assertThat(refused().problems()).containsExactly(new StandardProblem(definitionFile(), "/properties/whole",
                Message.of("standard.range.empty", new java.math.BigDecimal("11"), new java.math.BigDecimal("10"))));
    }

    // ---- identity -------------------------------------------------------------------------------

    @Test
    void aDefinitionInTheFolderOfAnotherVersionIsRefused(@TempDir Path other) {
        Path elsewhere = StandardFolders.copy("cells", other, "2.0.0");

        StandardException refused = catchThrowableOfType(StandardException.class,
                () -> StandardRegistry.builder().includeBundled(false).directory(other).build().resolve("cells"));

        assertThat(refused.problems()).containsExactly(new StandardProblem(
                elsewhere.resolve("standard.json").toAbsolutePath().normalize().toString(), "/hvd",
                Message.of("standard.identity.folder", "cells@1.0.0", "cells@2.0.0")));
        assertThat(refused.text()).isEqualTo(Message.of("standard.broken", "cells@2.0.0", 1));
    }

    @Test
    void anIdUrnThatDoesNotMatchTheFolderIsRefused() {
        definition.put("$id", "urn:hvd:standard:cells:1.0.1");

        assertThat(refused().problems()).containsExactly(new StandardProblem(definitionFile(), "/$id",
                Message.of("standard.identity.urn", "urn:hvd:standard:cells:1.0.0")));
    }

    // ---- files ----------------------------------------------------------------------------------

    @Test
    void textThatIsNotJsonIsRefusedWithItsLineAndColumn() throws IOException {
        Files.writeString(folder.resolve("standard.json"), "{\n  \"$schema\": ,\n}");

        StandardException refused = catchThrowableOfType(StandardException.class,
                () -> StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("cells"));

        assertThat(refused.problems()).containsExactly(new StandardProblem(definitionFile(), "",
                Message.of("standard.json.unreadable", 2, 14)));
    }

    @Test
    void aMissingCodeListFileIsNamedUnderItsDeclaration() throws IOException {
        Files.delete(folder.resolve("codelists/colours.csv"));

        assertThat(refused().problems()).containsExactly(new StandardProblem(definitionFile(), "/hvd/codeLists/colours/file",
                Message.of("standard.codelist.missing", file("codelists/colours.csv"))));
    }

    @Test
    void aCodeListWithoutTheCodeAndLabelColumnsIsRefusedAtItsFirstLine() throws IOException {
        Files.writeString(folder.resolve("codelists/colours.csv"), "code,label,label_fr\nRED,Red,Rouge\n");

        assertThat(refused().problems()).containsExactly(new StandardProblem(file("codelists/colours.csv"), "line 1",
                Message.of("standard.codelist.header")));
    }

    @Test
    void aCodeListedTwiceIsRefusedAtTheLineOfTheRepeat() throws IOException {
        Files.writeString(folder.resolve("codelists/colours.csv"), "code,label_en,label_fr\nRED,Red,Rouge\nBLUE,Blue,Bleu\nRED,Scarlet,Écarlate\n");

        assertThat(refused().problems()).containsExactly(new StandardProblem(file("codelists/colours.csv"), "line 4",
                Message.of("standard.codelist.duplicate", "RED")));
    }

    @Test
    void codeListLinesWithBlankLabelsOrTheWrongNumberOfCellsAreRefused() throws IOException {
        Files.writeString(folder.resolve("codelists/colours.csv"), "code,label_en,label_fr\nRED,Red,\nBLUE,Blue\n");

        assertThat(refused().problems()).containsExactly(
                new StandardProblem(file("codelists/colours.csv"), "line 2", Message.of("standard.codelist.blank")),
                new StandardProblem(file("codelists/colours.csv"), "line 3", Message.of("standard.codelist.columns", 3, 2)));
    }

    @Test
    void everyProblemOfADefinitionIsReportedTogether() {
        node("/properties/colour/hvd").put("codeList", "shades");
        ((ArrayNode) definition.get("required")).add("colour_code");

        StandardException refused = refused();

        assertThat(refused.problems()).hasSize(2);
        assertThat(refused.text()).isEqualTo(Message.of("standard.broken", "cells@1.0.0", 2));
        assertThat(refused.getMessage()).isEqualTo("cells@1.0.0 cannot be used: 2 problems in its definition.");
    }
}
