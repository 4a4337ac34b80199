package dev.videoagent.nori.gold;

import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores one engine result against one gold case. Facts the gold states and the result shows are true
 * positives; gold facts it misses are false negatives; things it states that the gold contradicts (a
 * subject that is really an object, a modifier on the wrong noun, an action nobody asked for, a negated
 * thing in the prompt, a forbidden phrase, a romanized word that is no name) are false positives.
 * Words match whole, plural- and case-insensitively; verbs also by prefix (run matches running).
 */
final class GoldFacts {

    record Score(int tp, int fp, int fn, List<String> problems) {
    }

    private static final Map<String, String> IRREGULAR = Map.of("men", "man", "women", "woman", "children", "child",
            "people", "person", "feet", "foot", "teeth", "tooth", "mice", "mouse", "geese", "goose", "leaves", "leaf");

    private GoldFacts() {
    }

    static Score score(GoldCase c, PromptResult r) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> problems = new ArrayList<>();
        IdeaStructure s = r.structure();
        String prompt = r.prompt();
        List<String> settings = new ArrayList<>(s.settings());
        s.actions().forEach(a -> settings.addAll(a.places()));
        List<GoldCase.Fact> subj = of(c, "subj");
        List<GoldCase.Fact> acts = of(c, "act");
        List<GoldCase.Fact> mods = of(c, "mod");
        List<GoldCase.Fact> sets = of(c, "set");
        List<GoldCase.Fact> negs = of(c, "neg");
        for (GoldCase.Fact f : subj) {
            boolean found = s.subjects().stream().anyMatch(t -> any(t.noun(), f.parts().get(0), false))
                    || settings.stream().anyMatch(t -> any(t, f.parts().get(0), false))
                    || s.objects().stream().anyMatch(t -> any(t.noun(), f.parts().get(0), false))
                    && s.subjects().isEmpty();
            if (found) {
                tp++;
            } else {
                fn++;
                problems.add("missing " + f.text());
            }
        }
        for (IdeaStructure.Thing t : s.subjects()) {
            boolean expected = subj.stream().anyMatch(f -> any(t.noun(), f.parts().get(0), false))
                    || sets.stream().anyMatch(f -> any(t.noun(), f.parts().get(0), false))
                    || acts.stream().anyMatch(f -> any(t.noun(), f.parts().get(1), false))
                    || of(c, "has").stream().anyMatch(f -> any(t.noun(), f.parts().get(0), false));
            if (!expected) {
                fp++;
                problems.add("unexpected subject " + t.noun());
            }
        }
        for (GoldCase.Fact f : acts) {
            boolean found = s.actions().stream().anyMatch(a -> matches(a, f));
            if (found) {
                tp++;
            } else {
                fn++;
                problems.add("missing " + f.text());
            }
        }
        for (IdeaStructure.Action a : s.actions()) {
            if (acts.stream().noneMatch(f -> any(a.verb(), f.parts().get(0), true))) {
                fp++;
                problems.add("unexpected action " + a.verb());
            }
        }
        List<IdeaStructure.Thing> things = new ArrayList<>(s.subjects());
        things.addAll(s.objects());
        for (GoldCase.Fact f : mods) {
            // a lemma may carry its material or color (나무상자 = "wooden crate"): the noun's own words count
            boolean found = things.stream().anyMatch(t -> any(t.noun(), f.parts().get(0), false)
                    && (t.modifiers().stream().anyMatch(m -> any(m, f.parts().get(1), true))
                    || any(t.noun(), f.parts().get(1), true)))
                    || settings.stream().anyMatch(p -> any(p, f.parts().get(0), false) && any(p, f.parts().get(1), true));
            if (found) {
                tp++;
            } else {
                fn++;
                problems.add("missing " + f.text());
            }
        }
        for (IdeaStructure.Thing t : things) {
            for (String m : t.modifiers()) {
                boolean elsewhere = mods.stream().anyMatch(f -> any(m, f.parts().get(1), true)
                        && !any(t.noun(), f.parts().get(0), false))
                        && mods.stream().noneMatch(f -> any(m, f.parts().get(1), true) && any(t.noun(), f.parts().get(0), false));
                if (elsewhere) {
                    fp++;
                    problems.add("modifier '" + m + "' on the wrong noun " + t.noun());
                }
            }
        }
        for (GoldCase.Fact f : sets) {
            if (settings.stream().anyMatch(p -> any(p, f.parts().get(0), false))) {
                tp++;
            } else {
                fn++;
                problems.add("missing " + f.text());
            }
        }
        for (GoldCase.Fact f : negs) {
            boolean negative = any(r.negativePrompt(), f.parts().get(0), false);
            boolean inPrompt = any(prompt, f.parts().get(0), false);
            if (negative && !inPrompt) {
                tp++;
            } else {
                fn++;
                problems.add((inPrompt ? "negated thing in the prompt: " : "not in the negative prompt: ") + f.text());
            }
        }
        for (String negated : s.negated()) {
            boolean expected = negs.stream().anyMatch(f -> any(negated, f.parts().get(0), false))
                    || of(c, "forbid").stream().anyMatch(f -> any(negated, f.parts().get(0), false));
            if (!expected) {
                fp++;
                problems.add("unexpected negation " + negated);
            }
        }
        for (GoldCase.Fact f : of(c, "forbid")) {
            for (String alt : f.parts().get(0)) {
                if (contains(prompt, alt, false)) {
                    fp++;
                    problems.add("forbidden '" + alt + "' in the prompt");
                }
            }
        }
        for (GoldCase.Fact f : of(c, "has")) {
            if (any(prompt, f.parts().get(0), true)) {
                tp++;
            } else {
                fn++;
                problems.add("missing " + f.text());
            }
        }
        List<GoldCase.Fact> names = of(c, "name");
        for (GoldCase.Fact f : names) {
            if (any(prompt, f.parts().get(0), false)) {
                tp++;
            } else {
                fn++;
                problems.add("missing " + f.text());
            }
        }
        for (TraceEntry t : r.trace()) {
            if (t.conceptId() != null && t.conceptId().startsWith("name.") && t.source() != TraceEntry.Source.DROPPED
                    && names.stream().noneMatch(f -> any(t.term(), f.parts().get(0), false))) {
                fp++;
                problems.add("romanized '" + t.term() + "' is no name");
            }
        }
        return new Score(tp, fp, fn, problems);
    }

    private static boolean matches(IdeaStructure.Action a, GoldCase.Fact f) {
        List<List<String>> p = f.parts();
        if (!any(a.verb(), p.get(0), true)) {
            return false;
        }
        boolean agentOk = p.get(1).contains("-") || a.agent() != null && any(a.agent(), p.get(1), false);
        boolean objectOk = p.get(2).isEmpty() || a.object() != null && any(a.object(), p.get(2), false)
                || any(a.verb(), p.get(2), false);
        boolean instrumentOk = p.get(3).isEmpty() || a.instrument() != null && any(a.instrument(), p.get(3), false)
                || a.places().stream().anyMatch(pl -> any(pl, p.get(3), false));
        return agentOk && objectOk && instrumentOk;
    }

    private static List<GoldCase.Fact> of(GoldCase c, String type) {
        return c.facts().stream().filter(f -> f.type().equals(type)).toList();
    }

    static boolean any(String text, List<String> alternatives, boolean prefix) {
        return text != null && alternatives.stream().anyMatch(alt -> contains(text, alt, prefix));
    }

    /** Whether {@code alt} occurs in {@code text} as whole words (or word prefixes), plural-insensitively. */
    static boolean contains(String text, String alt, boolean prefix) {
        List<String> tw = words(text);
        List<String> aw = words(alt);
        if (aw.isEmpty()) {
            return false;
        }
        for (int i = 0; i + aw.size() <= tw.size(); i++) {
            boolean all = true;
            for (int k = 0; k < aw.size() && all; k++) {
                String t = tw.get(i + k);
                String a = aw.get(k);
                all = stem(t).equals(stem(a)) || prefix && a.length() >= 3 && t.startsWith(a);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
            }
        }
        return out;
    }

    private static String stem(String w) {
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
