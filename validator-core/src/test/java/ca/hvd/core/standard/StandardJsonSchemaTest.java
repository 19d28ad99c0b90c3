package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The plain JSON Schema of a standard, and what it makes of a multi-valued field. */
class StandardJsonSchemaTest {

    @TempDir
    Path dir;

    private ObjectNode schema() {
        TinyStandards.write(dir, "tags", TinyStandards.TAGS, "agreements", TinyStandards.AGREEMENTS);
        return StandardJsonSchema.of(TinyStandards.load(dir, "tags"));
    }

    private static JsonNode json(String text) {
        return StandardJson.mapper().readTree(text);
    }

    @Test
    void aMultiValuedFieldBecomesAnArrayWhoseItemsCarryTheConstraints() {
        ObjectNode properties = (ObjectNode) schema().get("properties");

        assertThat(properties.get("agreements")).isEqualTo(json("""
                { "title": "Agreements", "type": "array", "minItems": 1,
                  "items": { "type": "string", "enum": ["CA", "EU", "XX"] } }"""));
        assertThat(properties.get("labels")).isEqualTo(json("""
                { "title": "Labels", "type": "array", "minItems": 1,
                  "items": { "type": "string", "pattern": "^[a-z]+$", "maxLength": 3 } }"""));
    }

    @Test
    void aSingleValuedFieldKeepsItsConstraintsAndNoHvdVocabularyRemains() {
        ObjectNode schema = schema();

        assertThat(schema.get("properties").get("single")).isEqualTo(json("""
                { "type": "string", "title": "One agreement", "enum": ["CA", "EU", "XX"] }"""));
        assertThat(schema.findValues("hvd")).isEmpty();
    }

    @Test
    void aRowWithMultiValuedCellsAsArraysIsJudgedPartByPart() {
        com.networknt.schema.Schema validator = JsonSchemas.compile("urn:test:tags", schema());

        assertThat(JsonSchemas.validate(validator, json("""
                { "id": "1", "agreements": ["CA", "EU"], "labels": ["ab", "cd"], "single": "CA" }"""))).isEmpty();
        assertThat(JsonSchemas.validate(validator, json("""
                { "id": "2", "agreements": ["CA", "XY"] }""")))
                .extracting(error -> error.getInstanceLocation().toString(), com.networknt.schema.Error::getKeyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/agreements/1", "enum"));
        assertThat(JsonSchemas.validate(validator, json("""
                { "id": "3", "labels": ["ab", "ABCD"] }""")))
                .extracting(error -> error.getInstanceLocation().toString(), com.networknt.schema.Error::getKeyword)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/labels/1", "pattern"),
                        org.assertj.core.groups.Tuple.tuple("/labels/1", "maxLength"));
    }
}
