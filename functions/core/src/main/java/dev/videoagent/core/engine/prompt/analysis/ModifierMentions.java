package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mentions made to describe a noun: a concept used as a describing word (a foggy mirror), a noun used
 * before another (a Santa hat), or a word no lexicon entry has (dragon-like, turned). Shared by the Korean
 * and the English readers.
 */
final class ModifierMentions {

    private ModifierMentions() {
    }

    /** The one-word English adjective of a mood or light word (warm, quiet, bright), if it has one. */
    static Optional<Mention> adjective(Mention m) {
        Concept c = m.concept();
        if (c.slot() != Slot.MOOD && c.slot() != Slot.LIGHTING && c.slot() != Slot.WEATHER) {
            return Optional.empty();
        }
        // the plainest one-word adjective: warm rather than heartwarming
        return c.englishAliases().stream().filter(a -> a.matches("[a-z-]+") && !a.endsWith("ness") && !a.endsWith("ty"))
                .min(java.util.Comparator.comparingInt(String::length)).map(a -> asModifier(m, a));
    }

    /** The concept used as a describing word, keeping its facets and group (a foggy mirror is still fog). */
    static Mention asModifier(Mention m, String english) {
        Concept c = m.concept();
        return m.withConcept(new Concept(c.id(), Slot.MODIFIER, english, c.korean(), List.of(), c.category(),
                c.attributes()));
    }

    /** A noun used before another one (a Santa hat), keeping what it says about the scene. */
    static Mention compound(Mention m, String phrase) {
        Concept c = m.concept();
        String english = phrase.replaceFirst("^(a|an|the) ", ""); // a street cat, not an a street cat
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        c.attribute("facets").ifPresent(f -> attributes.put("facets", f));
        c.attribute("group").ifPresent(g -> attributes.put("group", g));
        attributes.put("compound", "1");
        return m.withConcept(new Concept(c.id(), Slot.MODIFIER, english, c.korean(), List.of(), c.category(), attributes));
    }

    static Mention synthetic(Mention at, String id, String english) {
        return new Mention(new Concept(id, Slot.MODIFIER, english, List.of(), List.of(), "-", Map.of()), at.words(),
                at.start(), at.end());
    }

    /** The word for a concept used as a plain noun (snow for weather.snow "gently falling snow"). */
    static String nounWord(Concept concept) {
        if (concept.slot().isThing() || concept.englishAliases().isEmpty()) {
            return concept.english();
        }
        return concept.englishAliases().get(0);
    }

    /** 영화 같은 색감: the look of the video, like the thing named (a movie-like look). */
    static Mention likeLook(Mention m) {
        return new Mention(new Concept("like." + m.concept().id(), Slot.STYLE,
                nounWord(m.concept()).replace(' ', '-') + "-like look", List.of(), List.of(), "-", Map.of()),
                m.words(), m.start(), m.end());
    }
}
