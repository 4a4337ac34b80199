package dev.videoagent.handlers.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.videoagent.core.model.WireValue;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Core's closed sets ({@link WireValue} enums: {@code WordOp.Kind}, {@code TraceEntry.Source},
 * {@code Language} ...) in JSON as their wire text, so {@code "op":"insert"} stays what clients see.
 * A module, not {@code WRITE_ENUMS_USING_TO_STRING}: only {@code WireValue} enums are affected, every
 * other enum keeps Jackson's default, and core needs no Jackson annotation. Reading is exact, like
 * the enums' {@code fromWire}: an unknown value is a 400, never a default.
 */
final class WireValueModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    WireValueModule() {
        super("wire-values");
        addSerializer(WireValue.class, new WireSerializer());
        setDeserializers(new WireDeserializers());
    }

    private static final class WireSerializer extends StdSerializer<WireValue> {
        private static final long serialVersionUID = 1L;

        WireSerializer() {
            super(WireValue.class);
        }

        @Override
        public void serialize(WireValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.wire());
        }
    }

    private static final class WireDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                        BeanDescription beanDesc) throws JsonMappingException {
            return WireValue.class.isAssignableFrom(type) ? new WireDeserializer(type)
                    : super.findEnumDeserializer(type, config, beanDesc);
        }
    }

    private static final class WireDeserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        WireDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            Object[] constants = handledType().getEnumConstants();
            for (Object constant : constants) {
                if (((WireValue) constant).wire().equals(text)) {
                    return constant;
                }
            }
            return ctxt.handleWeirdStringValue(handledType(), text, "not one of: %s", Arrays.stream(constants)
                    .map(c -> ((WireValue) c).wire()).collect(Collectors.joining(", ")));
        }
    }
}
