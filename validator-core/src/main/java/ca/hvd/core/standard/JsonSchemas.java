package ca.hvd.core.standard;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The one place hvd builds networknt JSON Schema validators: draft 2020-12, JSON pointers in
 * errors, format assertions on, and no remote fetching. The JSON Schema meta-schemas come from
 * networknt's own jar; a {@code $ref} to anything else is never fetched.
 */
public final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));

    private JsonSchemas() {
    }

    /**
     * Compiles a schema document.
     *
     * @param id       the absolute IRI the document is known by, e.g. {@code urn:hvd:…}
     * @param document the schema
     */
    public static Schema compile(String id, JsonNode document) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(id), document);
        schema.initializeValidators();
        return schema;
    }

    /** Validates an instance, returning every error in document order. */
    public static List<Error> validate(Schema schema, JsonNode instance) {
        return schema.validate(instance);
    }
}
