package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.engine.prompt.analysis.Mention;
import dev.videoagent.core.engine.prompt.text.EnglishText;
import dev.videoagent.core.model.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** English word forms: plurals, articles, counts, and the plain noun for a scene word. */
final class Phrases {

    private static final List<String> NUMBERS = List.of("", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private Phrases() {
    }

    static String plural(Concept noun) {
        String explicit = noun.attributes().get("plural");
        if (explicit != null) {
            return explicit;
        }
        return EnglishText.plural(noun.english());
    }

    static String article(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("eu") || lower.startsWith("one")
                || lower.startsWith("ufo") || lower.startsWith("uk")) {
            return "a ";
        }
        if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("heir")) {
            return "an ";
        }
        return !lower.isEmpty() && "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ";
    }

    static String count(int n) {
        return n >= 2 && n < NUMBERS.size() ? NUMBERS.get(n) : "";
    }

    /** The plain noun for a concept: snow for weather.snow ("gently falling snow"), its text for things. */
    static String nounWord(Concept concept) {
        if (concept.slot().isThing() || concept.englishAliases().isEmpty()) {
            return concept.english().replaceFirst("^(a|an|the) ", "");
        }
        return concept.englishAliases().get(0);
    }

    /** A negated thing as it goes into the negative prompt: "people", "cars", "snow". */
    static String negatedNoun(Entity entity) {
        Concept c = entity.head().concept();
        if (!c.slot().isThing()) {
            return nounWord(c);
        }
        if (c.attributes().containsKey("mass") || c.isProper()) {
            return nounWord(c);
        }
        return c.slot() == dev.videoagent.core.model.Slot.PLACE ? nounWord(c) : plural(c);
    }

    /** Written without an article: plurals, names, mass nouns, and light or weather as a doer (sunlight). */
    static boolean isBare(Concept noun, boolean plural) {
        return plural || noun.isProper() || noun.attributes().containsKey("mass") || !noun.slot().isThing()
                || noun.english().equals(noun.attributes().get("plural"));
    }

    /** Every concept the scene uses, for facets and the renderer. */
    static List<Concept> concepts(Scene scene) {
        List<Concept> all = new ArrayList<>();
        for (Entity subject : SceneBuilder.expand(scene.subjects)) {
            entityConcepts(subject, all);
        }
        for (Event event : scene.events) {
            all.add(event.action().concept());
            event.manners().forEach(m -> all.add(m.concept()));
            event.object().ifPresent(o -> entityConcepts(o, all));
            event.instrument().ifPresent(o -> entityConcepts(o, all));
            event.places().forEach(l -> entityConcepts(l.place(), all));
        }
        scene.settings.forEach(s -> entityConcepts(s, all));
        scene.terms.values().forEach(terms -> terms.forEach(t -> t.concept().ifPresent(all::add)));
        return all;
    }

    private static void entityConcepts(Entity entity, List<Concept> out) {
        entityConcepts(entity, out, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /** The entity's concepts and those of everything written with it (its places, parts, owner, causes). */
    private static void entityConcepts(Entity entity, List<Concept> out, java.util.Set<Entity> seen) {
        if (entity == null || !seen.add(entity) || entity.negated()) {
            return;
        }
        if (entity.head() != null) {
            out.add(entity.head().concept());
        }
        entity.modifiers().stream().map(Mention::concept).forEach(out::add);
        for (Entity.State s : entity.states()) {
            out.add(s.state().concept());
            entityConcepts(s.cause(), out, seen);
        }
        entity.locations().forEach(l -> entityConcepts(l.place(), out, seen));
        entity.parts().forEach(p -> entityConcepts(p, out, seen));
        entity.conjuncts().forEach(c -> entityConcepts(c, out, seen));
        entity.possessor().ifPresent(p -> entityConcepts(p, out, seen));
    }
}
