package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/** Choice rule evaluation for the comparison operators the executor supports. */
final class ChoiceRules {

    private ChoiceRules() {
    }

    static boolean matches(JsonNode rule, JsonNode input, JsonNode context) {
        if (rule.has("And")) {
            for (JsonNode r : rule.get("And")) {
                if (!matches(r, input, context)) {
                    return false;
                }
            }
            return true;
        }
        if (rule.has("Or")) {
            for (JsonNode r : rule.get("Or")) {
                if (matches(r, input, context)) {
                    return true;
                }
            }
            return false;
        }
        if (rule.has("Not")) {
            return !matches(rule.get("Not"), input, context);
        }
        String variable = rule.get("Variable").asText();
        if (rule.has("IsPresent")) {
            return present(variable, input, context) == rule.get("IsPresent").asBoolean();
        }
        JsonNode value = AslPaths.read(variable, input, context);
        for (String op : StateMachineDefinition.COMPARISONS) {
            if (!rule.has(op)) {
                continue;
            }
            JsonNode expected = op.endsWith("Path") ? AslPaths.read(rule.get(op).asText(), input, context) : rule.get(op);
            String base = op.endsWith("Path") ? op.substring(0, op.length() - 4) : op;
            return switch (base) {
                case "StringEquals" -> value.isTextual() && value.asText().equals(expected.asText());
                case "NumericEquals" -> value.isNumber() && value.asDouble() == expected.asDouble();
                case "NumericLessThan" -> value.isNumber() && value.asDouble() < expected.asDouble();
                case "NumericGreaterThan" -> value.isNumber() && value.asDouble() > expected.asDouble();
                case "NumericLessThanEquals" -> value.isNumber() && value.asDouble() <= expected.asDouble();
                case "NumericGreaterThanEquals" -> value.isNumber() && value.asDouble() >= expected.asDouble();
                case "BooleanEquals" -> value.isBoolean() && value.asBoolean() == expected.asBoolean();
                case "IsNull" -> value.isNull() == expected.asBoolean();
                default -> false;
            };
        }
        return false;
    }

    private static boolean present(String variable, JsonNode input, JsonNode context) {
        try {
            AslPaths.read(variable, input, context);
            return true;
        } catch (StatesError e) {
            return false;
        }
    }
}
