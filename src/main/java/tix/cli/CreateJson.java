package tix.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.app.TicketRequests.CreateRequest;
import tix.app.TicketService.NewAttachment;
import tix.domain.DomainException;

/**
 * The input of `create --from-json`: one ticket object or an array of them. Keys are create's option names
 * ({@code title}, {@code requester}, {@code name}, {@code body}, {@code channel}, {@code priority}, {@code queue},
 * {@code tier}, {@code tags}, {@code due}, {@code account}, plus {@code internal} and {@code sticky}) and
 * {@code attachments}: {@code [{name, content_base64}]} or {@code [{path}]}. Anything else is invalid input (exit 7).
 */
final class CreateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("title", "requester", "name", "body", "channel", "priority", "queue",
            "tier", "tags", "due", "account", "internal", "sticky", "attachments");

    /** The tickets read, each with its attachments; {@code array}: whether the input was an array. */
    record Input(boolean array, List<CreateRequest> requests, List<List<NewAttachment>> attachments) {
    }

    private CreateJson() {
        throw new AssertionError();
    }

    static Input read(String text, Path baseDir) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw DomainException.invalidData("not JSON: " + e.getOriginalMessage(),
                    "one object like {\"title\": \"...\", \"requester\": \"a@example.com\"} or an array of them");
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw DomainException.invalidData("expected a ticket object or an array of them", "see 'tix create --help'");
        }
        List<JsonNode> elements = new ArrayList<>();
        if (root.isArray()) root.forEach(elements::add);
        else elements.add(root);
        if (elements.isEmpty()) throw DomainException.invalidData("an empty array: no tickets", "give at least one");
        List<CreateRequest> requests = new ArrayList<>();
        List<List<NewAttachment>> attachments = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode o = elements.get(i);
            String where = "element " + i;
            if (!o.isObject()) throw DomainException.invalidData(where + ": not an object", "{\"title\": ..., \"requester\": ...}");
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!KEYS.contains(k)) {
                    throw DomainException.invalidData(where + ": unknown key '" + k + "'", "keys are create's option names: "
                            + String.join(", ", new java.util.TreeSet<>(KEYS)));
                }
            }
            List<String> tags = new ArrayList<>();
            if (o.has("tags") && !o.get("tags").isNull()) {
                if (!o.get("tags").isArray()) throw DomainException.invalidData(where + ": tags must be an array of strings", "[\"Bug\", \"billing\"]");
                for (JsonNode t : o.get("tags")) tags.add(text(t, where + " tags"));
            }
            requests.add(CreateRequest.of(string(o, "title", where), string(o, "requester", where))
                    .name(string(o, "name", where)).body(string(o, "body", where))
                    .internal(bool(o, "internal", where, false))
                    .priority(typed(where, scalar(o, "priority", where), tix.domain.Priority::of))
                    .channel(typed(where, string(o, "channel", where), c -> c == null ? null : tix.domain.Channel.parse(c)))
                    .queue(string(o, "queue", where)).tier(string(o, "tier", where)).tags(tags)
                    .due(string(o, "due", where)).account(string(o, "account", where))
                    .sticky(bool(o, "sticky", where, true)).build());
            attachments.add(files(o.get("attachments"), where, baseDir));
        }
        return new Input(root.isArray(), requests, attachments);
    }

    private static List<NewAttachment> files(JsonNode list, String where, Path baseDir) {
        List<NewAttachment> out = new ArrayList<>();
        if (list == null || list.isNull()) return out;
        if (!list.isArray()) throw DomainException.invalidData(where + ": attachments must be an array", "[{\"name\": ..., \"content_base64\": ...}] or [{\"path\": ...}]");
        for (JsonNode a : list) {
            if (!a.isObject()) throw DomainException.invalidData(where + ": an attachment must be an object", "{\"path\": \"shot.png\"}");
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                String k = it.next().getKey();
                if (!Set.of("name", "content_base64", "path").contains(k)) {
                    throw DomainException.invalidData(where + ": unknown attachment key '" + k + "'", "name, content_base64 or path");
                }
            }
            String path = string(a, "path", where + " attachment");
            String name = string(a, "name", where + " attachment");
            String content = string(a, "content_base64", where + " attachment");
            if ((path == null) == (content == null)) {
                throw DomainException.invalidData(where + ": an attachment has either path or name and content_base64",
                        "{\"name\": \"a.txt\", \"content_base64\": \"aGk=\"} or {\"path\": \"a.txt\"}");
            }
            if (path != null) {
                Path p = baseDir == null ? Path.of(path) : baseDir.resolve(path);
                try {
                    byte[] data = Files.readAllBytes(p);
                    out.add(new NewAttachment(name != null ? name : p.getFileName().toString(), data));
                } catch (NoSuchFileException e) {
                    throw DomainException.invalidData(where + ": no such attachment file " + path, "check the path");
                } catch (IOException e) {
                    throw DomainException.invalidData(where + ": cannot read " + path, String.valueOf(e.getMessage()));
                }
            } else {
                if (name == null || name.isBlank()) throw DomainException.invalidData(where + ": an attachment needs a name", "\"name\": \"screenshot.png\"");
                try {
                    out.add(new NewAttachment(name, Base64.getDecoder().decode(content.replaceAll("\\s+", ""))));
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalidData(where + ": content_base64 of " + name + " is not base64", "encode it, e.g. base64 -w0 FILE");
                }
            }
        }
        return out;
    }

    private static String string(JsonNode o, String key, String where) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) return null;
        return text(v, where + " " + key);
    }

    /** A string, or a number written as one (priority: 75 or "high"). */
    /** A closed value read from its word; a bad one is invalid input naming the element. */
    private static <T> T typed(String where, String word, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(word);
        } catch (DomainException e) {
            throw DomainException.invalidData(where + ": " + e.getMessage(), e.hint());
        }
    }

    private static String scalar(JsonNode o, String key, String where) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) return null;
        if (v.isIntegralNumber()) return v.asText();
        return text(v, where + " " + key);
    }

    private static String text(JsonNode v, String what) {
        if (!v.isTextual()) throw DomainException.invalidData(what + " must be a string", "\"...\"");
        return v.asText();
    }

    private static boolean bool(JsonNode o, String key, String where, boolean dflt) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) return dflt;
        if (!v.isBoolean()) throw DomainException.invalidData(where + " " + key + " must be true or false", "true");
        return v.asBoolean();
    }
}
