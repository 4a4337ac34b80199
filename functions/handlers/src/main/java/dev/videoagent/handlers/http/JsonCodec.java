package dev.videoagent.handlers.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** The API's JSON reader and writer. Reading is strict and every failure becomes a readable 400. */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 5.5 seconds is a client error, not 5
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            // a number or boolean where text belongs is a client error, not something to convert
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // and text where a number or a flag belongs, even "" or "   ", is no number
            .withCoercionConfig(LogicalType.Integer, JsonCodec::textIsNoValue)
            .withCoercionConfig(LogicalType.Float, JsonCodec::textIsNoValue)
            .withCoercionConfig(LogicalType.Boolean, JsonCodec::textIsNoValue)
            // core's closed sets (WordOp.Kind, TraceEntry.Source, Language ...) as their wire text
            .addModule(new WireValueModule())
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1 << 20).build());
    }

    private JsonCodec() {
    }

    private static void textIsNoValue(com.fasterxml.jackson.databind.cfg.MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(json);
            if (tree != null) {
                JsonText.check(tree, "");
            }
            T value = tree == null || tree.isNull() ? null : MAPPER.treeToValue(tree, type);
            if (value == null) {
                throw ApiException.badRequest("Request body must be a JSON object, not null.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field '" + JsonText.clip(e.getPropertyName()) + "'. Allowed fields: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ".");
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest(describeMismatch(e));
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed_json", "Request body is not valid JSON"
                    + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")."));
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describeMismatch(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (path.isEmpty()) {
            return "Request body must be a JSON object.";
        }
        return "Field '" + path + "' has the wrong type.";
    }
}
