package tix.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import tix.domain.DomainException;

/** The JSON of `config export|import`: one flat object of strings. Loaded only by those two commands. */
final class ConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConfigJson() {
        throw new AssertionError();
    }

    static String write(Map<String, String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, String> read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw DomainException.invalidData("not JSON: " + e.getOriginalMessage(), "an object like {\"pending.reminder_after\": \"3d\"}");
        }
        if (root == null || !root.isObject()) {
            throw DomainException.invalidData("settings must be one JSON object", "like {\"pending.reminder_after\": \"3d\"}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        var it = root.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw DomainException.invalidData("value of '" + e.getKey() + "' is not a string or number", "flat key/value pairs only");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
