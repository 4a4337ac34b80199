package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.List;
import java.util.Map;

/**
 * Korean numbers that read as one idea: 1950년대 -> "1950s era look", 360도 -> "360-degree rotating view"
 * (Nori reads 360도로 as 360 + 도로, "road"), 1인칭 -> a first-person shot, 10대 -> teenage.
 */
final class NumberPhrases {

    private NumberPhrases() {
    }

    /** How many morphemes from {@code i} form such a phrase (0 if none); the phrase is added as a unit. */
    static int match(List<Morpheme> ms, int i, List<KoreanUnit> out) {
        Morpheme number = ms.get(i);
        if (number.tag() != MorphemeTag.NUMBER || i + 1 >= ms.size()) {
            return 0;
        }
        Morpheme next = ms.get(i + 1);
        if (next.start() != number.end()) {
            return 0;
        }
        String n = number.form();
        if (next.form().equals("년") && i + 2 < ms.size() && ms.get(i + 2).form().startsWith("대")
                && n.matches("1[89]\\d0|20[0-2]0")) {
            add(out, number, ms.get(i + 2).end(), concept("style.era" + n, Slot.STYLE, n + "s era look"), n + "년대");
            return 3;
        }
        if (next.form().equals("인칭") && n.matches("[13]")) {
            String view = n.equals("1") ? "first-person POV shot" : "third-person view";
            add(out, number, next.end(), concept("shot.person" + n, Slot.SHOT, view), n + "인칭");
            return 2;
        }
        if (next.form().equals("대") && n.equals("10")) {
            boolean nounFollows = i + 2 < ms.size() && ms.get(i + 2).tag().isNoun();
            Concept teen = nounFollows ? concept("mod.teenage", Slot.MODIFIER, "teenage")
                    : new Concept("person.teenager", Slot.SUBJECT, "teenager", List.of(), List.of(), "people",
                            Map.of("kind", "person"));
            add(out, number, next.end(), teen, "10대");
            return 2;
        }
        if (next.form().startsWith("도") && n.matches("180|360|720")) {
            add(out, number, number.end() + 1, concept("move.rotate" + n, Slot.MOVEMENT, n + "-degree rotating view"),
                    n + "도");
            return 2;
        }
        return 0;
    }

    private static void add(List<KoreanUnit> out, Morpheme number, int end, Concept concept, String words) {
        KoreanUnit unit = new KoreanUnit(KoreanUnit.Kind.MENTION, number.start(), end);
        unit.mention = new Mention(concept, words, number.start(), end);
        out.add(unit);
    }

    private static Concept concept(String id, Slot slot, String english) {
        return new Concept(id, slot, english, List.of(), List.of(), "-", Map.of());
    }
}
