package dev.videoagent.core.engine.prompt.lexicon;

import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Senses of an action chosen by who does it and to what, once the roles are known (data:
 * {@code role-senses.tsv}): 타다 with firewood as its doer and nothing ridden is burning, not riding;
 * "drift" done by petals is floating, not a car sliding round a corner; 달리다 done by a train is speeding along.
 */
public final class RoleSenses {

    /** One rule: when the condition holds for an action of {@code from}, it means {@code to}. */
    record Rule(String from, String role, boolean negated, List<String> kinds, String to) {

        boolean matches(Concept agent, Concept object) {
            Concept actual = role.equals("agent") ? agent : object;
            boolean in = kinds.contains(kind(actual)) || actual != null && kinds.contains(actual.id());
            return negated != in;
        }
    }

    private final Map<String, List<Rule>> rules = new LinkedHashMap<>();

    public static RoleSenses loadDefault() {
        RoleSenses senses = new RoleSenses();
        for (TsvResource.Row row : TsvResource.read("role-senses.tsv", 3)) {
            String[] cols = row.columns();
            String condition = cols[1].trim();
            boolean negated = condition.contains("!=");
            String[] kv = condition.split("!?=", 2);
            if (kv.length != 2 || !List.of("agent", "object").contains(kv[0])) {
                throw new IllegalStateException(row.where() + ": condition must be agent=KINDS, agent!=KINDS, object=..");
            }
            senses.rules.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(new Rule(cols[0].trim(), kv[0],
                    negated, List.of(kv[1].split(",")), cols[2].trim()));
        }
        return senses;
    }

    /**
     * The concept id the action means given its doer and object (null when the role is empty), or empty when
     * its own sense stands. A rule names kinds ({@code none} for an empty role, {@code place} for places) or
     * concept ids (빵을 굽는 is baking, 고기를 굽는 grilling).
     */
    public Optional<String> resolve(Concept action, Concept agent, Concept object) {
        for (Rule rule : rules.getOrDefault(action.id(), List.of())) {
            if (rule.matches(agent, object)) {
                return Optional.of(rule.to());
            }
        }
        return Optional.empty();
    }

    /** The kind a rule names for a role: none, place, or the lexicon kind. */
    public static String kind(Concept c) {
        return c == null || c.kind().isEmpty() && c.slot() != Slot.PLACE ? "none"
                : c.slot() == Slot.PLACE ? "place" : c.kind();
    }

    /** Whether some sense of the action is done by a thing of this kind (타다: firewood burns). */
    public boolean hasSenseForAgent(Concept action, String agentKind) {
        return rules.getOrDefault(action.id(), List.of()).stream()
                .anyMatch(r -> r.role().equals("agent") && !r.negated() && r.kinds().contains(agentKind));
    }

    /** Every rule's target id, for the lexicon test. */
    public List<String> targets() {
        return rules.values().stream().flatMap(List::stream).map(Rule::to).toList();
    }

    /** Every concept id a condition names, for the lexicon test. */
    public List<String> conditionIds() {
        return rules.values().stream().flatMap(List::stream).flatMap(r -> r.kinds().stream())
                .filter(k -> k.contains(".")).toList();
    }

    public List<String> sources() {
        return List.copyOf(rules.keySet());
    }
}
