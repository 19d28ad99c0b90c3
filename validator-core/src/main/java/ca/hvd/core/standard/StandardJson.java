package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

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

    /** The parser of definitions, within the limits. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .build();

    /**
     * A mapper on {@link #FACTORY}, for what needs one (the meta-schema, exports), made on first
     * use; loading a definition does not need one ({@link #read}): setting a mapper up costs 50 ms
     * of start-up.
     */
    static JsonMapper mapper() {
        return Mapper.MAPPER;
    }

    /** Holds the mapper, so that it is made when first asked for. */
    private static final class Mapper {
        static final JsonMapper MAPPER = JsonMapper.builder(FACTORY).build();
    }

    private StandardJson() {
    }

    /**
     * The tree of a JSON document, as {@code MAPPER.readTree} reads it (integers as int, long or
     * big integer nodes, other numbers as doubles, the last of duplicate names, nothing after the
     * value, a missing node for no content), read with a streaming parser and built by hand: a
     * mapper's set-up costs 50 ms of every start.
     *
     * @throws JacksonException when the document is not JSON or breaks a limit; a broken limit is
     *                          located where the parser was (Jackson does not locate them itself)
     */
    static JsonNode read(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return MissingNode.getInstance();
                }
                JsonNode root = value(parser, first);
                if (parser.nextToken() != null) {
                    throw new StreamReadException(parser, "Trailing token (" + parser.currentToken() + ") found after value");
                }
                return root;
            } catch (StreamConstraintsException e) {
                if (e.getLocation() != null) {
                    throw e;
                }
                throw new StreamConstraintsException(e.getOriginalMessage(), parser.currentLocation());
            }
        }
    }

    /** {@link #read(byte[])} of a stream's bytes, at most {@link #MAX_DOCUMENT_BYTES} and one more. */
    static JsonNode read(java.io.InputStream in) throws java.io.IOException {
        return read(in.readNBytes(MAX_DOCUMENT_BYTES + 1));
    }

    private static JsonNode value(JsonParser parser, JsonToken token) {
        if (token == null) {
            throw new StreamReadException(parser, "Unexpected end of content");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new StreamReadException(parser, "Unexpected token " + token);
        };
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
