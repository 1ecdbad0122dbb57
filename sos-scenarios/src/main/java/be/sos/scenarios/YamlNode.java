package be.sos.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a YAML document with the line and column it starts at, so that a problem in a
 * scenario file can name its place. Maps keep their keys in file order.
 *
 * @param json the value as a JSON tree
 * @param line the line, 1-based
 * @param column the column, 1-based
 * @param fields the entries of a map, by key (empty for anything else)
 * @param items the items of a list (empty for anything else)
 */
record YamlNode(JsonNode json, int line, int column, Map<String, YamlNode> fields, List<YamlNode> items) {
    private static final int MAX_DEPTH = 32;

    /** Reads the documents of a YAML stream, one node each; a document without content is skipped. */
    static List<YamlNode> documents(JsonParser parser, Path file) throws IOException, InvalidScenarioException {
        List<YamlNode> documents = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            documents.add(read(parser, file, 0));
        }
        return documents;
    }

    private static YamlNode read(JsonParser parser, Path file, int depth) throws IOException, InvalidScenarioException {
        JsonLocation at = parser.currentTokenLocation();
        int line = Math.max(at.getLineNr(), 0);
        int column = Math.max(at.getColumnNr(), 0);
        if (depth > MAX_DEPTH) {
            throw new InvalidScenarioException(file, line, column, "nested more than " + MAX_DEPTH + " deep");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Map<String, YamlNode> fields = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new java.util.HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                YamlNode value = read(parser, file, depth + 1);
                Integer first = keyLines.putIfAbsent(key, keyAt.getLineNr());
                if (fields.put(key, value) != null) {
                    throw new InvalidScenarioException(file, keyAt.getLineNr(), keyAt.getColumnNr(), "the key '" + key
                            + "' is written twice in the same map (first on line " + first + "); keep one of them");
                }
                object.set(key, value.json());
            }
            return new YamlNode(object, line, column, Collections.unmodifiableMap(fields), List.of());
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                YamlNode item = read(parser, file, depth + 1);
                items.add(item);
                array.add(item.json());
            }
            return new YamlNode(array, line, column, Map.of(), List.copyOf(items));
        }
        JsonNode scalar = switch (token) {
            case VALUE_STRING -> JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
            default -> throw new InvalidScenarioException(file, line, column, "unexpected " + token);
        };
        return new YamlNode(scalar, line, column, Map.of(), List.of());
    }

    /** The node at a JSON path such as {@code $.minors[0].birthDate} under this one, or null. */
    YamlNode at(String path) {
        YamlNode node = this;
        int i = path.startsWith("$") ? 1 : 0;
        while (node != null && i < path.length()) {
            char ch = path.charAt(i);
            if (ch == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                node = node.fields().get(path.substring(i + 1, end));
                i = end;
            } else if (ch == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                try {
                    int index = Integer.parseInt(path.substring(i + 1, close));
                    node = index < node.items().size() ? node.items().get(index) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
        }
        return node;
    }

    /** Whether this is a map. */
    boolean isMap() {
        return json.isObject();
    }

    /** Whether this is a list. */
    boolean isList() {
        return json.isArray();
    }
}
