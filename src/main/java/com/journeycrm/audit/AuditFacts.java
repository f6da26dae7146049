package com.journeycrm.audit;

import com.journeycrm.base.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry's facts as stored: each line a message key with typed values, as JSON — {@code {"key": "audit.change",
 * "args": [{"t": {"key": "field.client.industry", "args": []}}, {"s": "Retail"}, {"s": "Health"}]}}. A value is a
 * text typed by a user ({@code s}), a number ({@code n}), an enum constant by its key ({@code e}), an instant
 * ({@code i}) or a day ({@code d}), shown in the reader's zone and format, or a nested text ({@code t}).
 */
final class AuditFacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditFacts() {}

    static String encode(List<Text> lines) {
        ArrayNode array = JSON.createArrayNode();
        lines.forEach(line -> array.add(text(line)));
        return JSON.writeValueAsString(array);
    }

    static List<Text> decode(String json) {
        List<Text> lines = new ArrayList<>();
        for (JsonNode line : JSON.readTree(json)) {
            lines.add(text(line));
        }
        return lines;
    }

    private static ObjectNode text(Text text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", text.key());
        ArrayNode args = node.putArray("args");
        for (Object a : text.arguments()) {
            ObjectNode arg = args.addObject();
            switch (a) {
                case null -> arg.putNull("s");
                case Text t -> arg.set("t", text(t));
                case Enum<?> e -> arg.put("e", e.getDeclaringClass().getSimpleName() + "." + e.name());
                case Instant i -> arg.put("i", i.toString());
                case LocalDate d -> arg.put("d", d.toString());
                case Long n -> arg.put("n", n);
                case Integer n -> arg.put("n", n);
                default -> arg.put("s", a.toString());
            }
        }
        return node;
    }

    private static Text text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.get("args")) {
            args.add(value(arg));
        }
        return new Text(node.get("key").asString(), args.toArray());
    }

    private static Object value(JsonNode arg) {
        if (arg.has("t")) {
            return text(arg.get("t"));
        }
        if (arg.has("e")) {
            return new Text("enum." + arg.get("e").asString());
        }
        if (arg.has("i")) {
            return Instant.parse(arg.get("i").asString());
        }
        if (arg.has("d")) {
            return LocalDate.parse(arg.get("d").asString());
        }
        if (arg.has("n")) {
            return arg.get("n").asLong();
        }
        JsonNode s = arg.get("s");
        return s == null || s.isNull() ? null : s.asString();
    }
}
