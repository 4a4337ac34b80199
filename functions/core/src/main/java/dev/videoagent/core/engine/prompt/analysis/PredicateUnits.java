package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the predicate units of Korean text: a stem with the endings and auxiliaries that follow it, and
 * its dictionary-form lemma candidates, most likely first (노는 -> 놀다, 피어오르는 -> 피어오르다).
 */
final class PredicateUnits {

    private final FunctionWords words;

    PredicateUnits(FunctionWords words) {
        this.words = words;
    }

    /** 폭신하다, 오래되다, 잘생기다: an adverb written solid with a verb is one predicate. */
    int adverbPredicate(String text, List<Morpheme> ms, int i, List<KoreanUnit> units) {
        Morpheme adverb = ms.get(i);
        Morpheme verb = ms.get(i + 1);
        KoreanUnit pred = new KoreanUnit(KoreanUnit.Kind.PREDICATE, adverb.start(), verb.end());
        pred.nounStem = adverb.form();
        pred.joined = i > 0 && !KoreanUnits.gap(text, ms.get(i - 1), adverb);
        int next = predicate(text, ms, i + 1, pred, verb.form(), units);
        if (!pred.keys.contains(adverb.form() + verb.form() + "다")) {
            pred.keys.add(0, adverb.form() + verb.form() + "다");
        }
        return next;
    }

    /**
     * A predicate from morpheme {@code i} (its stem, or the suffix after a noun stem): endings and
     * auxiliaries follow, in the same word or, after -지/-고/-어/-게, in the next one (오지 않는).
     */
    int predicate(String text, List<Morpheme> ms, int i, KoreanUnit unit, String stem, List<KoreanUnit> units) {
        List<String> compounds = new ArrayList<>();
        int firstWordEnd = -1;
        int lastEndingStart = -1;
        int j = i + 1;
        while (true) {
            while (j < ms.size() && !KoreanUnits.gap(text, ms.get(j - 1), ms.get(j))) {
                Morpheme n = ms.get(j);
                if (n.tag() == MorphemeTag.ENDING) {
                    unit.endings.add(n.form());
                    if (firstWordEnd < 0 && n.start() >= ms.get(j - 1).end()) {
                        lastEndingStart = n.start();
                    }
                } else if (n.tag() == MorphemeTag.AUXILIARY || n.tag().isPredicate()
                        || n.tag() == MorphemeTag.VERB_SUFFIX || n.tag() == MorphemeTag.ADJECTIVE_SUFFIX) {
                    unit.auxiliaries.add(n.form());
                    if (firstWordEnd < 0 && (n.tag().isPredicate() || n.tag() == MorphemeTag.AUXILIARY)
                            && List.of("어", "아", "여").contains(ms.get(j - 1).form())) {
                        // 피어오르다, 떠오르다 from the text; 밝아지다 from the forms when Nori gives one span
                        compounds.add(n.start() > unit.start ? text.substring(unit.start, n.start()) + n.form() + "다"
                                : stem + ms.get(j - 1).form() + n.form() + "다");
                    }
                    if (firstWordEnd < 0) {
                        lastEndingStart = -1; // 흐려지는: the key runs through the joined auxiliary
                    }
                } else {
                    break;
                }
                unit.end = Math.max(unit.end, n.end());
                j++;
            }
            if (firstWordEnd < 0) {
                firstWordEnd = unit.end;
            }
            // an auxiliary written apart: 오지 않는, 앉아 있는, 만들어 주세요
            boolean auxNext = j < ms.size() && (ms.get(j).tag() == MorphemeTag.AUXILIARY
                    || ms.get(j).tag().isPredicate() && words.is(Kind.KO_AUX, ms.get(j).form()))
                    && follows(ms.get(j).form(), unit.lastEnding());
            if (!auxNext) {
                break;
            }
            if (List.of("어", "아", "여").contains(unit.lastEnding()) && unit.auxiliaries.isEmpty()) {
                // 새어 나오는, 뛰어 다니는: written apart, still one verb (새어나오다) when the lexicon knows it
                compounds.add(text.substring(unit.start, ms.get(j - 1).end()) + ms.get(j).form() + "다");
            }
            unit.auxiliaries.add(ms.get(j).form());
            unit.end = ms.get(j).end();
            j++;
        }
        Morpheme first = ms.get(i);
        int surfaceEnd = lastEndingStart > unit.start ? lastEndingStart : -1;
        if (surfaceEnd > 0) {
            unit.keys.add(text.substring(unit.start, surfaceEnd) + "다");
        }
        if (unit.nounStem.isEmpty()) {
            unit.form = stem;
            addKey(unit, stem + "다");
            if (first.end() > first.start()) {
                addKey(unit, text.substring(first.start(), first.end()) + "다");
            }
            String surface = surfaceEnd > 0 ? text.substring(unit.start, surfaceEnd) : stem;
            String rieul = surface.isEmpty() ? null : withRieul(surface);
            if (rieul != null && first.tag() == MorphemeTag.AUXILIARY && List.of("는", "ᆫ", "니", "세요", "ᆸ니다")
                    .contains(unit.endings.isEmpty() ? "" : unit.endings.get(0))) {
                if (first.tag() == MorphemeTag.AUXILIARY) {
                    unit.keys.add(0, rieul); // 가지고 노는: Nori's 놓 is 놀다 here
                } else {
                    addKey(unit, rieul);
                }
            }
        } else {
            unit.form = unit.nounStem;
            addKey(unit, unit.nounStem + stem + "다");
            addKey(unit, unit.nounStem + "다"); // 반짝이 + 이고 = 반짝이다, 자라 + 이고 = 자라다
            addKey(unit, unit.nounStem);
        }
        for (int k = compounds.size() - 1; k >= 0; k--) {
            unit.keys.remove(compounds.get(k));
            unit.keys.add(0, compounds.get(k)); // the verb written solid with its joined verb, tried first
        }
        units.add(unit);
        return j;
    }

    /**
     * Whether an auxiliary can follow that ending: 않/못하/말 after -지, 있 after -고/-어, 싶 after -고, the
     * others after -어/-아 (해 놓다). 가지고 노는: Nori reads 노는 as 놓 + 는, but 놓 never follows -고.
     */
    private static boolean follows(String aux, String ending) {
        return switch (aux) {
            case "않", "못하", "말" -> ending.equals("지");
            case "있", "계시" -> List.of("고", "어", "아", "여").contains(ending);
            case "싶" -> ending.equals("고");
            case "하", "되" -> List.of("게", "야", "어", "아", "여").contains(ending);
            default -> List.of("어", "아", "여").contains(ending);
        };
    }

    /** 노는, 만드는, 우는: a stem ending in ㄹ drops it before ㄴ; the candidate puts it back (놀다). */
    static String withRieul(String stem) {
        int last = stem.codePointAt(stem.length() - 1);
        if (last < 0xAC00 || last > 0xD7A3 || (last - 0xAC00) % 28 != 0) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + new String(Character.toChars(last + 8)) + "다";
    }

    private static void addKey(KoreanUnit unit, String key) {
        if (!unit.keys.contains(key)) {
            unit.keys.add(key);
        }
    }
}
