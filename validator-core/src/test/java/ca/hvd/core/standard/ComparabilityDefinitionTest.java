package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.LocalizedText;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The comparability vocabulary ({@code hvd.comparability}): what loads, and every mistake refused
 * with its file and place, by the meta-schema (shape) or the loader (fields, types, ids).
 */
class ComparabilityDefinitionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    private Path folder;
    private ObjectNode definition;
    private ArrayNode dimensions;

    @BeforeEach
    void setUp() {
        folder = StandardFolders.copy("cells", root, "1.0.0");
        definition = StandardFolders.definition("cells");
        dimensions = ((ObjectNode) definition.get("hvd")).putArray("comparability");
    }

    private ObjectNode dimension(String id, String json) {
        ObjectNode node = (ObjectNode) JSON.readTree("{" + json + "}");
        node.put("id", id);
        node.putObject("title").put("en", "T " + id).put("fr", "T " + id);
        dimensions.add(node);
        return node;
    }

    private StandardRegistry registry() {
        StandardFolders.write(folder, definition);
        return StandardRegistry.builder().includeBundled(false).directory(root).build();
    }

    private List<Tuple> problems() {
        StandardException refused = catchThrowableOfType(StandardException.class, () -> registry().resolve("cells"));
        assertThat(refused).as("the definition is refused").isNotNull();
        return refused.problems().stream().map(p -> tuple(p.pointer(), p.text().key())).toList();
    }

    @Test
    void everyKindOfDimensionLoadsInDeclarationOrder() {
        dimension("days", "\"range\": \"day\"");
        dimension("colours", "\"codes\": \"colour\"");
        dimension("labels", "\"filled\": [\"label\", \"code\"]");
        dimension("smallest", "\"minimum\": \"whole\", \"by\": [\"code\"]");
        dimension("top", "\"topN\": 3, \"of\": \"whole\", \"by\": [\"colour\", \"day\"]");
        dimension("sums", "\"measure\": \"sum\", \"of\": \"whole\", \"by\": [\"colour\"]");
        dimension("counts", "\"measure\": \"count\", \"by\": [\"code\"], \"informational\": true");

        Standard standard = registry().resolve("cells");

        LocalizedText top = new LocalizedText("T top", "T top");
        assertThat(standard.comparability()).containsExactly(
                new Dimension.Range("days", new LocalizedText("T days", "T days"), null, "day"),
                new Dimension.Codes("colours", new LocalizedText("T colours", "T colours"), null, "colour"),
                new Dimension.Coverage("labels", new LocalizedText("T labels", "T labels"), null, List.of("label", "code")),
                new Dimension.Minimum("smallest", new LocalizedText("T smallest", "T smallest"), null, "whole", List.of("code")),
                new Dimension.TopShare("top", top, null, 3, "whole", List.of("colour", "day")),
                new Dimension.Measure("sums", new LocalizedText("T sums", "T sums"), null, Dimension.Aggregate.SUM, "whole",
                        List.of("colour"), false),
                new Dimension.Measure("counts", new LocalizedText("T counts", "T counts"), null, Dimension.Aggregate.COUNT, null,
                        List.of("code"), true));
        assertThat(standard.comparability().get(4).fields()).containsExactly("whole", "colour", "day");
    }

    @Test
    void aDimensionOfTwoKindsOrOfNoneIsRefusedByTheMetaSchema() {
        dimension("both", "\"range\": \"day\", \"codes\": \"colour\"");
        dimension("none", "\"by\": [\"code\"]");

        assertThat(problems()).contains(tuple("/hvd/comparability/0", "standard.schema.oneOf"),
                tuple("/hvd/comparability/1", "standard.schema.oneOf"));
    }

    @Test
    void aTopShareNeedsItsFieldAndGroupsAndACountHasNoField() {
        dimension("top", "\"topN\": 20, \"by\": [\"code\"]");
        dimension("count", "\"measure\": \"count\", \"of\": \"whole\", \"by\": [\"code\"]");
        dimension("sum", "\"measure\": \"sum\", \"by\": [\"code\"]");

        assertThat(problems()).contains(tuple("/hvd/comparability/0/of", "standard.schema.required"),
                tuple("/hvd/comparability/1/of", "standard.schema.false"),
                tuple("/hvd/comparability/2/of", "standard.schema.required"));
    }

    @Test
    void fieldsThatDoNotExistOrDoNotFitAreRefusedByTheLoader() {
        dimension("unknown", "\"range\": \"year\"");
        dimension("text-range", "\"range\": \"label\"");
        dimension("number-sum", "\"measure\": \"sum\", \"of\": \"share\", \"by\": [\"code\"]");
        dimension("unknown-group", "\"minimum\": \"whole\", \"by\": [\"sex\"]");
        dimension("itself", "\"topN\": 2, \"of\": \"whole\", \"by\": [\"whole\"]");
        dimension("itself", "\"codes\": \"flag\"");
        dimension("number-by", "\"minimum\": \"share\", \"by\": [\"code\"]");

        assertThat(problems()).containsExactly(
                tuple("/hvd/comparability/0/range", "standard.field.unknown"),
                tuple("/hvd/comparability/1/range", "standard.dimension.type"),
                tuple("/hvd/comparability/2/of", "standard.dimension.type"),
                tuple("/hvd/comparability/3/by/0", "standard.field.unknown"),
                tuple("/hvd/comparability/4/by", "standard.dimension.grouped-by-itself"),
                tuple("/hvd/comparability/5/id", "standard.dimension.duplicate"),
                tuple("/hvd/comparability/6/minimum", "standard.dimension.type"));
    }

    @Test
    void theBundledStandardsDeclareTheirDimensions() {
        assertThat(StandardFolders.bundled("newborn-names").comparability()).extracting(Dimension::id)
                .containsExactly("years-covered", "sex-codes", "smallest-count", "top-20-share", "births-by-year-sex");
        assertThat(StandardFolders.bundled("civic-addresses").comparability()).extracting(Dimension::kind)
                .containsExactly("coverage", "coverage", "coverage", "coverage", "measure");
        assertThat(StandardFolders.bundled("federal-contracts").comparability()).extracting(Dimension::id)
                .containsExactly("contract-dates", "vendor-location", "commodities", "solicitation-procedures",
                        "contracts-per-period");
    }
}
