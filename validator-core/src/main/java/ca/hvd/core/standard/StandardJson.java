package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Reading JSON definitions: bounded sizes and depth, so a hostile definition is refused, not obeyed. */
final class StandardJson {

    /** The most bytes of one definition file. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    /** The deepest nesting of objects and arrays. */
    static final int MAX_DEPTH = 64;

    /** The most characters of one string value. */
    static final int MAX_STRING = 1024 * 1024;

    /** The most characters of one number. */
    static final int MAX_NUMBER = 100;

    /** The most characters of one property name. */
    static final int MAX_NAME = 1000;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(MAX_NUMBER)
                            .maxNameLength(MAX_NAME)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .build())
            .build();

    private StandardJson() {
    }

    /** Which limit a definition broke, as a message: nesting depth, string, number or name length, document size. */
    static Message limit(StreamConstraintsException e) {
        String text = String.valueOf(e.getOriginalMessage());
        Matcher numbers = NUMBERS.matcher(text);
        long limit = numbers.find() && numbers.find() ? Long.parseLong(numbers.group()) : 0;
        String kind = text.startsWith("Document nesting depth") ? "depth"
                : text.startsWith("String value length") ? "string"
                : text.startsWith("Number value length") ? "number"
                : text.startsWith("Name length") ? "name"
                : "document";
        return Message.of("standard.json.limit." + kind, limit);
    }

    private static final Pattern NUMBERS = Pattern.compile("\\d+");
}
