package tix.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** JSON through Jackson: pretty-printed, one document per call. Loaded only in --json mode. */
final class JsonOut {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOut() {
        throw new AssertionError();
    }

    static void object(PrintWriter out, Map<String, Object> value) {
        write(out, value);
    }

    static void array(PrintWriter out, List<Object> values) {
        write(out, values);
    }

    /** One object on one line (a hook reads it from standard input). */
    static String line(Map<String, Object> value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void write(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
