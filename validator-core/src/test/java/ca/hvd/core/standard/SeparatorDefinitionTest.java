package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.hvd.core.i18n.Message;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code hvd.separator} is read from a definition, and where the meta-schema refuses it. */
class SeparatorDefinitionTest {

    @TempDir
    Path dir;

    private static String withField(String field) {
        return TinyStandards.TAGS.replace("\"single\": {", field + ",\n\"single\": {");
    }

    private List<StandardProblem> problems(String definition) {
        TinyStandards.write(dir, "tags", definition, "agreements", TinyStandards.AGREEMENTS);
        StandardException e = catchThrowableOfType(StandardException.class, () -> TinyStandards.load(dir, "tags"));
        assertThat(e).as("the definition is refused").isNotNull();
        return e.problems();
    }

    @Test
    void theSeparatorOfAFieldIsLoadedAndOtherFieldsAreSingleValued() {
        TinyStandards.write(dir, "tags", TinyStandards.TAGS, "agreements", TinyStandards.AGREEMENTS);
        Standard standard = TinyStandards.load(dir, "tags");

        assertThat(standard.field("agreements").orElseThrow().separator()).isEqualTo(",");
        assertThat(standard.field("labels").orElseThrow().separator()).isEqualTo(";");
        assertThat(standard.field("single").orElseThrow().separator()).isNull();
        assertThat(standard.field("single").orElseThrow().multiValued()).isFalse();
        assertThat(standard.field("agreements").orElseThrow().multiValued()).isTrue();
    }

    @Test
    void aMultiValuedFieldSaysSoInWords() {
        TinyStandards.write(dir, "tags", TinyStandards.TAGS, "agreements", TinyStandards.AGREEMENTS);
        Standard standard = TinyStandards.load(dir, "tags");

        assertThat(ConstraintWords.of(standard, standard.field("agreements").orElseThrow()))
                .contains(Message.of("constraint.separator", ","));
        assertThat(ConstraintWords.of(standard, standard.field("single").orElseThrow()))
                .extracting(Message::key).doesNotContain("constraint.separator");
    }

    @Test
    void aSeparatorOnANumberIsRefused() {
        List<StandardProblem> problems = problems(withField("""
                "n": { "type": "integer", "hvd": { "title": { "en": "N", "fr": "N" }, "separator": "," } }"""));

        assertThat(problems).extracting(StandardProblem::pointer, p -> p.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/properties/n/hvd/separator", "standard.schema.false"));
    }

    @Test
    void aSeparatorOnADateIsRefused() {
        List<StandardProblem> problems = problems(withField("""
                "d": { "type": "string", "format": "date", "hvd": { "title": { "en": "D", "fr": "D" }, "separator": ";" } }"""));

        assertThat(problems).extracting(StandardProblem::pointer, p -> p.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/properties/d/hvd/separator", "standard.schema.false"));
    }

    @Test
    void onlyCommaSemicolonAndVerticalBarAreSeparators() {
        List<StandardProblem> problems = problems(TinyStandards.TAGS.replace("\"separator\": \";\"", "\"separator\": \"/\""));

        assertThat(problems).extracting(StandardProblem::pointer, p -> p.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/properties/labels/hvd/separator", "standard.schema.enum"));
    }
}
