package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * ASL's JSONPath processing: paths (Jayway JsonPath over Jackson trees), the context object
 * ({@code $$.}), payload templates with {@code .$} keys, the intrinsic functions States.Format and
 * States.MathAdd, and ResultPath (a reference path into the state's raw input).
 */
final class AslPaths {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(MAPPER))
            .mappingProvider(new JacksonMappingProvider(MAPPER))
            .build();
    static final List<String> INTRINSICS = List.of("States.Format", "States.MathAdd");

    private AslPaths() {
    }

    /** A path's value in the input ({@code $...}) or the context object ({@code $$...}). */
    static JsonNode read(String path, JsonNode input, JsonNode context) {
        JsonNode root = input;
        String p = path;
        if (path.startsWith("$$")) {
            root = context;
            p = path.substring(1);
        }
        if (p.equals("$")) {
            return root;
        }
        try {
            Object value = JsonPath.using(JSON_PATH).parse(root).read(p);
            return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        } catch (JsonPathException e) {
            throw new StatesError(StatesError.RUNTIME, "path " + path + " matched nothing in the input: "
                    + e.getMessage());
        }
    }

    /** InputPath / OutputPath: null gives {}, absent gives everything. */
    static JsonNode select(JsonNode spec, JsonNode input, JsonNode context) {
        if (spec == null) {
            return input;
        }
        if (spec.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        return read(spec.asText(), input, context);
    }

    /** Parameters / ResultSelector: keys ending in .$ are paths or intrinsic calls; nested objects too. */
    static JsonNode template(JsonNode template, JsonNode input, JsonNode context) {
        if (template.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith(".$")) {
                    String key = field.getKey().substring(0, field.getKey().length() - 2);
                    out.set(key, expression(field.getValue().asText(), input, context));
                } else {
                    out.set(field.getKey(), template(field.getValue(), input, context));
                }
            }
            return out;
        }
        if (template.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            template.forEach(item -> out.add(template(item, input, context)));
            return out;
        }
        return template;
    }

    static JsonNode expression(String text, JsonNode input, JsonNode context) {
        return text.startsWith("States.") ? new Intrinsic(text, input, context).call() : read(text, input, context);
    }

    /** ResultPath: the result replaces the input ($), is dropped (null), or is set at a field path. */
    static JsonNode merge(JsonNode rawInput, JsonNode spec, JsonNode result) {
        if (spec == null || spec.asText().equals("$") && !spec.isNull()) {
            return result;
        }
        if (spec.isNull()) {
            return rawInput;
        }
        List<String> fields = fields(spec.asText());
        if (!rawInput.isObject()) {
            throw new StatesError(StatesError.RUNTIME, "ResultPath " + spec.asText() + " needs an object input");
        }
        ObjectNode root = ((ObjectNode) rawInput).deepCopy();
        ObjectNode at = root;
        for (int i = 0; i < fields.size() - 1; i++) {
            JsonNode next = at.get(fields.get(i));
            if (next == null || !next.isObject()) {
                next = at.putObject(fields.get(i));
            }
            at = (ObjectNode) next;
        }
        at.set(fields.get(fields.size() - 1), result == null ? NullNode.instance : result);
        return root;
    }

    /** The fields of a reference path like {@code $.a.b} or {@code $['a'].b}. */
    static List<String> fields(String path) {
        if (!path.startsWith("$.") && !path.startsWith("$[")) {
            throw new AslException("'" + path + "' is not a reference path ($.field...)");
        }
        List<String> fields = new ArrayList<>();
        String rest = path.substring(1);
        int i = 0;
        while (i < rest.length()) {
            if (rest.charAt(i) == '.') {
                int end = i + 1;
                while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    end++;
                }
                fields.add(rest.substring(i + 1, end));
                i = end;
            } else if (rest.startsWith("['", i)) {
                int end = rest.indexOf("']", i);
                if (end < 0) {
                    throw new AslException("'" + path + "' has an unclosed ['");
                }
                fields.add(rest.substring(i + 2, end));
                i = end + 2;
            } else {
                throw new AslException("'" + path + "' is not a reference path (fields only)");
            }
        }
        if (fields.isEmpty() || fields.stream().anyMatch(String::isEmpty)) {
            throw new AslException("'" + path + "' is not a reference path");
        }
        return fields;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A recursive-descent reading of one intrinsic call: literals, paths and nested calls as arguments. */
    private static final class Intrinsic {
        private final String text;
        private final JsonNode input;
        private final JsonNode context;
        private int pos;

        Intrinsic(String text, JsonNode input, JsonNode context) {
            this.text = text;
            this.input = input;
            this.context = context;
        }

        JsonNode call() {
            JsonNode value = function();
            skipSpaces();
            if (pos != text.length()) {
                throw new StatesError(StatesError.RUNTIME, "unexpected text after intrinsic: " + text);
            }
            return value;
        }

        private JsonNode function() {
            int open = text.indexOf('(', pos);
            if (open < 0) {
                throw new StatesError(StatesError.RUNTIME, "not an intrinsic call: " + text);
            }
            String name = text.substring(pos, open).strip();
            pos = open + 1;
            List<JsonNode> args = new ArrayList<>();
            skipSpaces();
            if (text.charAt(pos) != ')') {
                while (true) {
                    args.add(argument());
                    skipSpaces();
                    char c = text.charAt(pos++);
                    if (c == ')') {
                        break;
                    }
                    if (c != ',') {
                        throw new StatesError(StatesError.RUNTIME, "expected , or ) in " + text);
                    }
                }
            } else {
                pos++;
            }
            return apply(name, args);
        }

        private JsonNode argument() {
            skipSpaces();
            char c = text.charAt(pos);
            if (c == '\'') {
                StringBuilder s = new StringBuilder();
                pos++;
                while (text.charAt(pos) != '\'') {
                    if (text.charAt(pos) == '\\') {
                        pos++;
                    }
                    s.append(text.charAt(pos++));
                }
                pos++;
                return JsonNodeFactory.instance.textNode(s.toString());
            }
            if (c == '$') {
                int start = pos;
                while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
                    pos++;
                }
                return read(text.substring(start, pos).strip(), input, context);
            }
            if (text.startsWith("States.", pos)) {
                return function();
            }
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
                pos++;
            }
            try {
                return MAPPER.readTree(text.substring(start, pos).strip());
            } catch (Exception e) {
                throw new StatesError(StatesError.RUNTIME, "bad intrinsic argument in " + text);
            }
        }

        private JsonNode apply(String name, List<JsonNode> args) {
            switch (name) {
                case "States.Format" -> {
                    String template = args.get(0).asText();
                    StringBuilder out = new StringBuilder();
                    int arg = 1;
                    for (int i = 0; i < template.length(); i++) {
                        if (template.startsWith("{}", i)) {
                            if (arg >= args.size()) {
                                throw new StatesError(StatesError.RUNTIME, "States.Format has too few arguments");
                            }
                            JsonNode value = args.get(arg++);
                            out.append(value.isTextual() ? value.asText() : value.toString());
                            i++;
                        } else {
                            out.append(template.charAt(i));
                        }
                    }
                    return JsonNodeFactory.instance.textNode(out.toString());
                }
                case "States.MathAdd" -> {
                    return JsonNodeFactory.instance.numberNode(args.get(0).asLong() + args.get(1).asLong());
                }
                default -> throw new StatesError(StatesError.RUNTIME, "unsupported intrinsic " + name);
            }
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
