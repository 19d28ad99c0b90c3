package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.standard.StandardRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** hvd's JSON documents are written node by node exactly as a mapper's default pretty printer writes them. */
class JsonWritingTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private static String byMapper(ObjectNode tree) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }

    private static String byHvd(ObjectNode tree) throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(tree, out);
        return out.toString();
    }

    @Test
    void everyKindOfNodeIsWrittenAsAMapperWritesIt() throws IOException {
        ObjectNode tree = JsonRenderer.NODES.objectNode();
        tree.put("int", 42).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"))
                .put("double", 1.5).put("float", 2.25f).put("decimal", new BigDecimal("1E+3")).put("plain", new BigDecimal("-114.37252"))
                .put("short", (short) 7).put("true", true).put("text", "é \" \\ \u0001 \n \u2028 <script>").putNull("null");
        tree.putObject("empty");
        tree.putArray("none");
        tree.putArray("array").add(1).add("two").add(JsonRenderer.NODES.objectNode().put("three", 3)).addArray().add(4);
        tree.putObject("nested").putObject("deeper").putArray("list").addObject();

        assertThat(byHvd(tree)).isEqualTo(byMapper(tree));
    }

    @Test
    void aReportOfASampleIsWrittenAsAMapperWritesIt() throws IOException {
        ValidationReport report = Validator.validate(ValidationRequest.builder(StandardRegistry.bundled().resolve("civic-addresses@1.0.0"))
                .dataset(DatasetInput.of(Path.of("../samples/civic-addresses/broken.csv")))
                .build());

        ObjectNode tree = JsonRenderer.tree(report, Language.FR);
        assertThat(byHvd(tree)).isEqualTo(byMapper(tree));
    }
}
