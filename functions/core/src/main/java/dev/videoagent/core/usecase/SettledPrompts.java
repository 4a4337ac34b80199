package dev.videoagent.core.usecase;

import dev.videoagent.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Edited prompts grouped by their words: a prompt other people may be offered is one that several different
 * people, each editing their own similar idea, arrived at. One person's many prompts are one voice.
 */
final class SettledPrompts {

    /** One edited prompt of a similar past request. */
    record Member(UserId owner, String prompt, double similarity, Instant createdAt) {
    }

    /** The prompts that read alike, and the best similarity of each person who wrote them, best first. */
    record Group(String prompt, List<Double> bestPerPerson, int editedPrompts, Instant newest, boolean hasOwn) {

        int people() {
            return bestPerPerson.size();
        }

        /** The similarity at which {@code n} people agree: the n-th person's best. */
        double similarityOf(int n) {
            return bestPerPerson.get(n - 1);
        }
    }

    private SettledPrompts() {
    }

    /** Groups by {@link #wording}; each group's prompt is its most similar member's text. */
    static Map<String, Group> group(List<Member> members, UserId caller) {
        Map<String, List<Member>> byWording = new LinkedHashMap<>();
        members.forEach(m -> byWording.computeIfAbsent(wording(m.prompt()), w -> new ArrayList<>()).add(m));
        Map<String, Group> out = new LinkedHashMap<>();
        byWording.forEach((wording, list) -> {
            list.sort(Comparator.comparingDouble(Member::similarity).reversed().thenComparing(Member::createdAt,
                    Comparator.reverseOrder()));
            Map<UserId, Double> best = new HashMap<>();
            list.forEach(m -> best.merge(m.owner(), m.similarity(), Math::max));
            List<Double> perPerson = best.values().stream().sorted(Comparator.reverseOrder()).toList();
            Instant newest = list.stream().map(Member::createdAt).max(Comparator.naturalOrder()).orElseThrow();
            out.put(wording, new Group(list.get(0).prompt(), perPerson, list.size(), newest, best.containsKey(caller)));
        });
        return out;
    }

    /** What makes two prompts the same: their words, whatever the case, spacing or final punctuation. */
    static String wording(String prompt) {
        String words = prompt.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        int end = words.length();
        while (end > 0 && ".,;:!".indexOf(words.charAt(end - 1)) >= 0) {
            end--;
        }
        return words.substring(0, end).strip();
    }
}
