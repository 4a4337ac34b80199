package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the prompt the way the video-model guides recommend: subject and action first, then the
 * setting, time and weather, lighting and mood, camera, style and quality; present tense, positive
 * wording, no repeated terms, at most {@value #MAX_PROMPT_CHARS} characters.
 */
final class PromptComposer {

    static final int MAX_PROMPT_CHARS = PromptResult.MAX_PROMPT_CHARS;

    private static final Set<String> HUMAN_ACTIVITY = Set.of("people", "sports", "food", "events");
    private static final List<Slot> TAIL_ORDER = List.of(Slot.TIME, Slot.WEATHER, Slot.SEASON, Slot.LIGHTING,
            Slot.MOOD, Slot.COLOR, Slot.SHOT, Slot.ANGLE, Slot.MOVEMENT, Slot.SPEED, Slot.STYLE, Slot.QUALITY);
    /** When too long, these go first (last in the list is dropped first). */
    private static final List<Slot> KEEP_PRIORITY = List.of(Slot.TIME, Slot.WEATHER, Slot.LIGHTING, Slot.SPEED,
            Slot.MOVEMENT, Slot.SHOT, Slot.STYLE, Slot.SEASON, Slot.MOOD, Slot.ANGLE, Slot.COLOR, Slot.QUALITY);

    record Composition(String prompt, String negativePrompt, List<TraceEntry> trace) {
    }

    Composition compose(Scene scene) {
        List<TraceEntry> trace = new ArrayList<>();
        List<Term> actions = scene.actions;
        boolean weatherIsHead = scene.subjects.isEmpty() && scene.get(Slot.PLACE).isEmpty()
                && scene.names.isEmpty() && scene.has(Slot.WEATHER) && actions.isEmpty();

        String head = head(scene, actions, weatherIsHead, trace);
        List<Term> tail = new ArrayList<>();
        for (Slot slot : TAIL_ORDER) {
            for (Term term : scene.get(slot)) {
                if (slot == Slot.WEATHER && weatherIsHead && term == scene.get(Slot.WEATHER).get(0)) {
                    continue;
                }
                tail.add(term);
            }
        }
        List<Term> kept = fit(head, tail);
        StringBuilder prompt = new StringBuilder(head);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(head.toLowerCase(Locale.ROOT));
        for (Term term : kept) {
            String lower = term.text().toLowerCase(Locale.ROOT);
            if (prompt.toString().toLowerCase(Locale.ROOT).contains(lower)) {
                trace.add(new TraceEntry(term.text(), slot(term), "dropped", "already in the prompt", null));
                continue;
            }
            prompt.append(prompt.length() == 0 ? "" : ", ").append(term.text());
            trace.add(term.trace());
        }
        for (Term term : tail) {
            if (!kept.contains(term)) {
                trace.add(new TraceEntry(term.text(), slot(term), "dropped", "prompt length limit", null));
            }
        }
        trace.addAll(scene.dropped);
        String text = truncate(capitalize(prompt.toString()));
        return new Composition(text, NegativePrompts.build(scene), List.copyOf(trace));
    }

    private static String lastWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf(' ') + 1);
    }

    private static String slot(Term term) {
        return term.slot().key();
    }


    private String head(Scene scene, List<Term> actions, boolean weatherIsHead, List<TraceEntry> trace) {
        StringBuilder head = new StringBuilder();
        if (!scene.subjects.isEmpty()) {
            head.append(subjects(scene.subjects, trace));
        } else if (weatherIsHead) {
            Term weather = scene.get(Slot.WEATHER).get(0);
            head.append(weather.text());
            trace.add(weather.trace());
        } else if (!scene.get(Slot.PLACE).isEmpty()) {
            Term place = places(scene).get(0);
            head.append(isProper(place.text()) ? "a view of " + place.text() : place.text());
            trace.add(place.trace());
        } else if (!scene.names.isEmpty()) {
            head.append("a view of ").append(scene.names.get(0).text());
            trace.add(scene.names.get(0).trace());
        } else if (actions.isEmpty()) {
            head.append("an abstract scene");
            trace.add(TraceEntry.fallback("abstract scene", Slot.SUBJECT, "default:implicit-subject"));
        } else {
            // someone must be doing a human activity; other motion (flowing, scattering) is the scene itself
            boolean human = !scene.objects.isEmpty()
                    || actions.get(0).concept().map(c -> HUMAN_ACTIVITY.contains(c.category())).orElse(false);
            head.append(human ? "a person" : "a scene of");
            trace.add(TraceEntry.fallback(human ? "person" : "scene", Slot.SUBJECT, "default:implicit-subject"));
        }
        if (!actions.isEmpty()) {
            head.append(' ').append(actionPhrase(actions, scene.get(Slot.MANNER), trace));
        }
        List<Term> objects = scene.objects.stream()
                .filter(o -> !head.toString().toLowerCase(Locale.ROOT).contains(lastWord(o.text())))
                .toList();
        if (!objects.isEmpty()) {
            // "making kimchi" takes its object directly; "performing a fire show" gets it "with"
            boolean direct = !actions.isEmpty() && actions.get(actions.size() - 1).text().split(" ").length <= 2;
            head.append(direct ? " " : " with ");
            for (int i = 0; i < objects.size(); i++) {
                head.append(i == 0 ? "" : " and ").append(objects.get(i).text());
                trace.add(objects.get(i).trace());
            }
        }
        boolean placeInHead = !scene.subjects.isEmpty() || weatherIsHead;
        List<Term> places = places(scene);
        for (int i = placeInHead ? 0 : 1; i < places.size(); i++) {
            Term place = places.get(i);
            String prep = place.concept().flatMap(c -> c.attribute("prep")).orElse("in");
            head.append(' ').append(prep).append(' ').append(place.text());
            trace.add(place.trace());
        }
        if (placeInHead || !scene.get(Slot.PLACE).isEmpty()) {
            for (int i = 0; i < scene.names.size(); i++) {
                Term name = scene.names.get(i);
                if (!placeInHead && scene.get(Slot.PLACE).isEmpty() && i == 0) {
                    continue;
                }
                head.append(" in ").append(name.text());
                trace.add(name.trace());
            }
        }
        return head.toString();
    }

    private static String subjects(List<Scene.Subject> subjects, List<TraceEntry> trace) {
        List<String> phrases = new ArrayList<>();
        for (Scene.Subject subject : subjects) {
            StringBuilder phrase = new StringBuilder();
            for (Term modifier : subject.modifiers()) {
                if (!phrase.toString().contains(modifier.text())) {
                    phrase.append(modifier.text()).append(' ');
                    trace.add(modifier.trace());
                }
            }
            Concept noun = subject.noun().concept().orElseThrow();
            String nounText = subject.plural() ? plural(noun) : noun.english();
            phrase.append(nounText);
            trace.add(subject.noun().trace());
            if (subject.part().isPresent()) {
                Term part = subject.part().get();
                phrase.append(subject.possessive() ? (nounText.endsWith("s") ? "' " : "'s ") : " with ")
                        .append(part.text());
                trace.add(part.trace());
            }
            String text = phrase.toString();
            boolean bare = subject.plural() || noun.isProper() || noun.attributes().containsKey("mass")
                    || noun.english().equals(noun.attributes().get("plural"));
            phrases.add(bare ? text : article(text) + text);
        }
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }

    private static String actionPhrase(List<Term> actions, List<Term> manner, List<TraceEntry> trace) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            if (i > 0) {
                phrase.append(" and ");
            }
            Term action = actions.get(i);
            if (i == 0 && !manner.isEmpty() && !firstWordIsAdverb(action.text())) {
                phrase.append(manner.get(0).text()).append(' ');
                trace.add(manner.get(0).trace());
            }
            phrase.append(action.text());
            trace.add(action.trace());
        }
        return phrase.toString();
    }

    private static boolean firstWordIsAdverb(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).endsWith("ly");
    }

    /** Drops the lowest-priority tail terms until the prompt fits. */
    private static List<Term> fit(String head, List<Term> tail) {
        List<Term> kept = new ArrayList<>(tail);
        for (int p = KEEP_PRIORITY.size() - 1; p >= 0 && length(head, kept) > MAX_PROMPT_CHARS; p--) {
            Slot slot = KEEP_PRIORITY.get(p);
            for (int i = kept.size() - 1; i >= 0 && length(head, kept) > MAX_PROMPT_CHARS; i--) {
                if (kept.get(i).slot() == slot) {
                    kept.remove(i);
                }
            }
        }
        return kept;
    }

    private static int length(String head, List<Term> tail) {
        int length = head.length();
        for (Term term : tail) {
            length += 2 + term.text().length();
        }
        return length;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_PROMPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_PROMPT_CHARS);
        String trimmed = text.substring(0, cut > 0 ? cut : MAX_PROMPT_CHARS);
        while (trimmed.endsWith(",") || trimmed.endsWith(" and")) {
            trimmed = trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1)
                    : trimmed.substring(0, trimmed.length() - 4);
        }
        return trimmed;
    }

    static String plural(Concept noun) {
        String explicit = noun.attributes().get("plural");
        if (explicit != null) {
            return explicit;
        }
        String text = noun.english();
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        String head = text.substring(0, space + 1);
        String plural;
        if (last.endsWith("s") || last.endsWith("x") || last.endsWith("ch") || last.endsWith("sh")) {
            plural = last + "es";
        } else if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            plural = last.substring(0, last.length() - 1) + "ies";
        } else {
            plural = last + "s";
        }
        return head + plural;
    }

    static String article(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("eu") || lower.startsWith("one")
                || lower.startsWith("ufo")) {
            return "a ";
        }
        if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("heir")) {
            return "an ";
        }
        return !lower.isEmpty() && "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ";
    }

    /** Generic places first ("a neon-lit street"), named ones after ("in Seoul"). */
    private static List<Term> places(Scene scene) {
        List<Term> places = new ArrayList<>(scene.get(Slot.PLACE));
        places.sort((a, b) -> Boolean.compare(isProper(a.text()), isProper(b.text())));
        return places;
    }

    private static boolean isProper(String text) {
        String rest = text.startsWith("the ") ? text.substring(4) : text;
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
