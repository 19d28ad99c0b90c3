package ca.hvd.core.standard;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Reading JSON definitions: bounded sizes and depth, so a hostile definition is refused, not obeyed. */
final class StandardJson {

    /** The most bytes of one definition file. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(1024 * 1024)
                            .maxNumberLength(100)
                            .maxNameLength(1000)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .build())
            .build();

    private StandardJson() {
    }
}
