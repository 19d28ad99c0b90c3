package ca.hvd.samples;

import ca.hvd.cli.HvdCommand;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Running hvd on the samples and checking SARIF against the official schema, for the sample tests. */
final class Reports {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static Schema sarif;

    private Reports() {
    }

    /** What one run of hvd did. */
    record Run(int exitCode, String out, String err) {
    }

    static Run hvd(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HvdCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * The SARIF 2.1.0 schema of OASIS (draft-07, see {@code src/test/resources/sarif/README.md}),
     * compiled with networknt's draft-07 dialect, format assertions on, nothing fetched.
     */
    static synchronized Schema sarifSchema() {
        if (sarif == null) {
            try (InputStream in = Reports.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
                JsonNode document = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        builder -> builder
                                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
                sarif = registry.getSchema(SchemaLocation.of(document.get("$id").asString()), document);
                sarif.initializeValidators();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sarif;
    }

    static List<Error> validateSarif(JsonNode log) {
        return sarifSchema().validate(log);
    }
}
