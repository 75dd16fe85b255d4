package com.jialicare.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding for the whole API: a field the API does not know is an error (400), not silently dropped —
 * a misspelt {@code admitedOn} must not turn into "admission date missing" somewhere else, or worse, into
 * a default. Text fields accept only JSON strings. Before any body reaches this binding, {@link JsonBodyGuard}
 * has bounded its size, its numbers and its nesting, and refused trailing content and lone surrogates.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = create();

    private static Jsonb create() {
        JsonbConfig config = new JsonbConfig();
        config.setProperty("jsonb.fail-on-unknown-properties", true); // JSON-B 3.0
        config.setProperty("yasson.fail-on-unknown-properties", true); // the same in Yasson's own words
        config.withDeserializers(new StrictString());
        return JsonbBuilder.create(config);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Text fields take JSON strings only: {@code 511102} or {@code true} is not a county code or a name. */
    static final class StrictString implements jakarta.json.bind.serializer.JsonbDeserializer<String> {
        @Override
        public String deserialize(
                jakarta.json.stream.JsonParser parser,
                jakarta.json.bind.serializer.DeserializationContext ctx,
                java.lang.reflect.Type type) {
            jakarta.json.JsonValue value = parser.getValue();
            if (value instanceof jakarta.json.JsonString text) {
                return text.getString();
            }
            if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
                return null;
            }
            throw new jakarta.json.bind.JsonbException("Expected a JSON string, found " + value.getValueType());
        }
    }
}
