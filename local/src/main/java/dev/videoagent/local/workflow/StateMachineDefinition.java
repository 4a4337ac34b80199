package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ASL definition after substitution and validation. The local executor runs exactly this subset:
 * Task (only {@code arn:aws:states:::ecs:runTask.sync}), Pass, Choice, Wait, Succeed, Fail; Retry with
 * backoff, MaxDelaySeconds and jitter; Catch with ResultPath; JSONPath Input/Output/Result paths,
 * Parameters and ResultSelector; the context object; States.Format and States.MathAdd. Anything else
 * is rejected at load time, naming the state and the field.
 */
public final class StateMachineDefinition {

    public static final String ECS_RUN_TASK_SYNC = "arn:aws:states:::ecs:runTask.sync";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Set<String> TOP = Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "Task", Set.of("Type", "Comment", "Resource", "Parameters", "ResultSelector", "ResultPath", "InputPath",
                    "OutputPath", "TimeoutSeconds", "TimeoutSecondsPath", "Retry", "Catch", "Next", "End"),
            "Pass", Set.of("Type", "Comment", "Result", "ResultPath", "Parameters", "InputPath", "OutputPath", "Next",
                    "End"),
            "Choice", Set.of("Type", "Comment", "Choices", "Default", "InputPath", "OutputPath"),
            "Wait", Set.of("Type", "Comment", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "InputPath",
                    "OutputPath", "Next", "End"),
            "Succeed", Set.of("Type", "Comment", "InputPath", "OutputPath"),
            "Fail", Set.of("Type", "Comment", "Error", "Cause", "ErrorPath", "CausePath"));
    private static final Set<String> RETRY = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
            "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final Set<String> CATCH = Set.of("ErrorEquals", "Next", "ResultPath", "Comment");
    static final Set<String> COMPARISONS = Set.of("StringEquals", "StringEqualsPath", "NumericEquals",
            "NumericEqualsPath", "NumericLessThan", "NumericLessThanPath", "NumericGreaterThan", "NumericGreaterThanPath",
            "NumericLessThanEquals", "NumericGreaterThanEquals", "BooleanEquals", "IsPresent", "IsNull");

    private final JsonNode root;

    private StateMachineDefinition(JsonNode root) {
        this.root = root;
    }

    public static StateMachineDefinition load(Path file, Map<String, String> substitutions) {
        try {
            return parse(Files.readString(file), substitutions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Replaces every ${Name}, then parses and validates. */
    public static StateMachineDefinition parse(String text, Map<String, String> substitutions) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> missing = new LinkedHashSet<>();
        while (m.find()) {
            String value = substitutions.get(m.group(1));
            if (value == null) {
                missing.add(m.group(1));
                value = m.group();
            }
            // substituted into JSON strings: escape like JSON does
            String escaped = AslPaths.mapper().getNodeFactory().textNode(value).toString();
            m.appendReplacement(out, Matcher.quoteReplacement(escaped.substring(1, escaped.length() - 1)));
        }
        m.appendTail(out);
        if (!missing.isEmpty()) {
            throw new AslException("no value for the substitution(s) " + missing);
        }
        JsonNode root;
        try {
            root = AslPaths.mapper().readTree(out.toString());
        } catch (IOException e) {
            throw new AslException("not valid JSON: " + e.getMessage());
        }
        StateMachineDefinition definition = new StateMachineDefinition(root);
        definition.validate();
        return definition;
    }

    public String startAt() {
        return root.get("StartAt").asText();
    }

    public JsonNode state(String name) {
        return root.get("States").get(name);
    }

    /** The execution's timeout, if the definition sets one. */
    public long timeoutSeconds() {
        return root.path("TimeoutSeconds").asLong(0);
    }

    private void validate() {
        if (!root.isObject()) {
            throw new AslException("the definition must be a JSON object");
        }
        unknown("the definition", root, TOP);
        if (!root.path("StartAt").isTextual() || !root.path("States").isObject()) {
            throw new AslException("the definition needs StartAt and States");
        }
        JsonNode states = root.get("States");
        if (!states.has(startAt())) {
            throw new AslException("StartAt names '" + startAt() + "', which is not a state");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            validateState(entry.getKey(), entry.getValue(), states);
        }
    }

    private static void validateState(String name, JsonNode state, JsonNode states) {
        String where = "state '" + name + "'";
        String type = state.path("Type").asText();
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw new AslException(where + ": Type '" + type + "' is not supported locally (supported: "
                    + FIELDS.keySet().stream().sorted().toList() + ")");
        }
        unknown(where, state, allowed);
        boolean terminal = type.equals("Succeed") || type.equals("Fail") || type.equals("Choice");
        if (!terminal) {
            boolean hasNext = state.has("Next");
            boolean end = state.path("End").asBoolean(false);
            if (hasNext == end) {
                throw new AslException(where + ": needs exactly one of Next and \"End\": true");
            }
            if (hasNext) {
                target(where, state.get("Next").asText(), states);
            }
        }
        for (String path : List.of("InputPath", "OutputPath")) {
            if (state.has(path) && !state.get(path).isNull() && !state.get(path).asText().startsWith("$")) {
                throw new AslException(where + ": " + path + " must be a path starting with $ or null");
            }
        }
        if (state.has("ResultPath") && !state.get("ResultPath").isNull() && !state.get("ResultPath").asText().equals("$")) {
            AslPaths.fields(state.get("ResultPath").asText());
        }
        checkTemplate(where, state.get("Parameters"));
        checkTemplate(where, state.get("ResultSelector"));
        switch (type) {
            case "Task" -> {
                if (!ECS_RUN_TASK_SYNC.equals(state.path("Resource").asText())) {
                    throw new AslException(where + ": Resource '" + state.path("Resource").asText()
                            + "' is not supported locally (only " + ECS_RUN_TASK_SYNC + ")");
                }
                for (JsonNode retrier : state.path("Retry")) {
                    unknown(where + " Retry", retrier, RETRY);
                    errorEquals(where + " Retry", retrier);
                    String jitter = retrier.path("JitterStrategy").asText("NONE");
                    if (!jitter.equals("FULL") && !jitter.equals("NONE")) {
                        throw new AslException(where + ": JitterStrategy must be FULL or NONE");
                    }
                    if (retrier.path("BackoffRate").asDouble(2.0) < 1.0 || retrier.path("MaxAttempts").asInt(3) < 0) {
                        throw new AslException(where + ": BackoffRate must be >= 1 and MaxAttempts >= 0");
                    }
                }
                for (JsonNode catcher : state.path("Catch")) {
                    unknown(where + " Catch", catcher, CATCH);
                    errorEquals(where + " Catch", catcher);
                    target(where + " Catch", catcher.path("Next").asText(), states);
                    if (catcher.has("ResultPath") && !catcher.get("ResultPath").isNull()
                            && !catcher.get("ResultPath").asText().equals("$")) {
                        AslPaths.fields(catcher.get("ResultPath").asText());
                    }
                }
            }
            case "Choice" -> {
                if (!state.path("Choices").isArray() || state.get("Choices").isEmpty()) {
                    throw new AslException(where + ": Choices must be a non-empty array");
                }
                for (JsonNode rule : state.get("Choices")) {
                    checkRule(where, rule, true);
                    target(where, rule.path("Next").asText(), states);
                }
                if (state.has("Default")) {
                    target(where, state.get("Default").asText(), states);
                }
            }
            case "Wait" -> {
                long ways = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath").stream()
                        .filter(state::has).count();
                if (ways != 1) {
                    throw new AslException(where + ": needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
                }
            }
            default -> {
            }
        }
    }

    private static void checkRule(String where, JsonNode rule, boolean top) {
        List<String> operators = new ArrayList<>();
        rule.fieldNames().forEachRemaining(f -> {
            if (!f.equals("Variable") && !f.equals("Next") && !f.equals("Comment")) {
                operators.add(f);
            }
        });
        if (top && !rule.has("Next")) {
            throw new AslException(where + ": every choice rule needs Next");
        }
        if (operators.size() != 1) {
            throw new AslException(where + ": a choice rule needs exactly one operator, got " + operators);
        }
        String op = operators.get(0);
        switch (op) {
            case "And", "Or" -> rule.get(op).forEach(r -> checkRule(where, r, false));
            case "Not" -> checkRule(where, rule.get(op), false);
            default -> {
                if (!COMPARISONS.contains(op)) {
                    throw new AslException(where + ": choice operator '" + op + "' is not supported locally");
                }
                if (!rule.path("Variable").asText().startsWith("$")) {
                    throw new AslException(where + ": a comparison needs a Variable path");
                }
            }
        }
    }

    private static void checkTemplate(String where, JsonNode template) {
        if (template == null) {
            return;
        }
        if (template.isObject()) {
            template.fields().forEachRemaining(f -> {
                if (f.getKey().endsWith(".$")) {
                    String value = f.getValue().asText();
                    if (value.startsWith("States.")) {
                        Matcher m = Pattern.compile("States\\.[A-Za-z]+").matcher(value);
                        while (m.find()) {
                            if (!AslPaths.INTRINSICS.contains(m.group())) {
                                throw new AslException(where + ": intrinsic " + m.group() + " is not supported locally"
                                        + " (supported: " + AslPaths.INTRINSICS + ")");
                            }
                        }
                    } else if (!value.startsWith("$")) {
                        throw new AslException(where + ": '" + f.getKey() + "' must be a path or an intrinsic");
                    }
                } else {
                    checkTemplate(where, f.getValue());
                }
            });
        } else if (template.isArray()) {
            template.forEach(item -> checkTemplate(where, item));
        }
    }

    private static void errorEquals(String where, JsonNode node) {
        JsonNode names = node.path("ErrorEquals");
        if (!names.isArray() || names.isEmpty()) {
            throw new AslException(where + ": ErrorEquals must be a non-empty array");
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).asText().equals(StatesError.ALL) && names.size() != 1) {
                throw new AslException(where + ": States.ALL must appear alone in ErrorEquals");
            }
        }
    }

    private static void target(String where, String next, JsonNode states) {
        if (!states.has(next)) {
            throw new AslException(where + ": Next names '" + next + "', which is not a state");
        }
    }

    private static void unknown(String where, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new AslException(where + ": field '" + f + "' is not supported locally");
            }
        });
    }
}
