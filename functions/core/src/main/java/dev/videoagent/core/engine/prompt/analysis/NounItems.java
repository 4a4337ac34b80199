package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.text.Romanizer;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Unrecognized;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each unit of a Korean noun phrase is: a thing, a scene word, a describing word, an action, a place
 * name (해운대), a frame word (영상), a location noun (위), a counter (마리), or a word not understood.
 * English words in the phrase go to the {@link EnglishReader}.
 */
final class NounItems {

    enum ItemKind { THING, SCENE, DESCRIBE, ACTION, NAME, FRAME, LOCATIVE, COUNTER, UNKNOWN }

    /** One unit of the phrase, with its concept, its entity when it came with one, and a function word's value. */
    record Item(ItemKind kind, Mention mention, Entity entity, String value, KoreanUnit unit) {
    }

    private final IdeaGraph graph;
    private final FunctionWords words;
    private final KoreanConcepts concepts;
    private final Set<String> context;
    private final EnglishReader english;

    NounItems(IdeaGraph graph, FunctionWords words, KoreanConcepts concepts, Set<String> context,
              EnglishReader english) {
        this.graph = graph;
        this.words = words;
        this.concepts = concepts;
        this.context = context;
        this.english = english;
    }

    /** What a unit is, after the concept before it (고양이 눈: a body part after a being) and a count (두 마리). */
    Item item(KoreanUnit unit, Concept previous, boolean first, int count) {
        if (unit.kind == KoreanUnit.Kind.LATIN) {
            return latin(unit);
        }
        String form = unit.form;
        int length = form.length();
        if (words.is(Kind.KO_FRAME, form) && !first || words.is(Kind.KO_FRAME, form) && concepts.resolve(unit,
                context, previous).isEmpty()) {
            graph.content(length, true);
            return new Item(ItemKind.FRAME, null, null, "", unit);
        }
        if (!first && words.is(Kind.KO_LOCATIVE, form)) {
            graph.content(length, true);
            return new Item(ItemKind.LOCATIVE, null, null, words.value(Kind.KO_LOCATIVE, form).orElseThrow(), unit);
        }
        if (words.is(Kind.KO_COUNTER, form) && first && count > 0) {
            graph.content(length, true);
            return new Item(ItemKind.COUNTER, null, null, "", unit);
        }
        if (words.is(Kind.KO_NOBODY, form)) { // 아무도: nobody, when what follows is negated
            graph.content(length, true);
            Concept nobody = new Concept("person.nobody", Slot.SUBJECT, "person", List.of(form), List.of(), "people",
                    Map.of("kind", "person", "plural", "people"));
            return new Item(ItemKind.THING, new Mention(nobody, form, unit.start, unit.start + length), null, "", unit);
        }
        Optional<Concept> concept = concepts.resolve(unit, context, previous);
        graph.content(length, concept.isPresent() || isName(unit));
        if (concept.isPresent()) {
            Concept c = concept.get();
            Mention mention = new Mention(c, form, unit.start, unit.start + form.length());
            ItemKind kind = c.slot().isThing() ? ItemKind.THING : c.slot().describes() ? ItemKind.DESCRIBE
                    : c.slot() == Slot.ACTION ? ItemKind.ACTION : ItemKind.SCENE;
            return new Item(kind, mention, null, "", unit);
        }
        if (isName(unit)) {
            return new Item(ItemKind.NAME, new Mention(name(form), form, unit.start, unit.start + form.length()), null,
                    "", unit);
        }
        graph.unrecognized().add(new Unrecognized(form, unit.start, unit.start + form.length()));
        return new Item(ItemKind.UNKNOWN, null, null, "", unit);
    }

    private Item latin(KoreanUnit unit) {
        IdeaGraph sub = english.read(unit.latin, unit.start);
        if (sub.events().isEmpty() && sub.standalone().size() == 1) {
            Entity entity = sub.standalone().get(0);
            sub.standalone().clear();
            graph.merge(sub);
            Concept c = entity.head().concept();
            ItemKind kind = c.slot().isThing() ? ItemKind.THING : ItemKind.SCENE;
            return new Item(kind, entity.head(), entity, "", unit);
        }
        graph.merge(sub);
        return new Item(ItemKind.UNKNOWN, null, null, "", unit);
    }

    /**
     * Names are romanized only when Nori knows the word as a proper noun followed by real particles, or
     * when it is a compound ending in a place suffix (해운대, 광안리); a common noun never is.
     */
    private boolean isName(KoreanUnit unit) {
        if (unit.form.length() < 2) {
            return false;
        }
        boolean cleanParticles = unit.particles.stream().allMatch(p -> words.is(Kind.KO_PARTICLE, p));
        for (int cut = unit.form.length() - 1; cut >= 1; cut--) {
            if (concepts.knownNoun(unit.form.substring(0, cut))) {
                return false; // 스키타(는): a known word glued to something else, not a name
            }
        }
        if (unit.properNoun && cleanParticles && unit.parts.isEmpty()) {
            return true;
        }
        if (unit.parts.isEmpty()) {
            return false;
        }
        for (String ending : words.all(Kind.KO_TOPONYM).keySet()) {
            if (unit.form.endsWith(ending) && unit.form.length() > ending.length()) {
                return true;
            }
        }
        return false;
    }

    private static Concept name(String surface) {
        String romanized = Romanizer.romanize(surface);
        return new Concept("name." + romanized.toLowerCase(Locale.ROOT).replace(' ', '_'), Slot.PLACE, romanized,
                List.of(), List.of(), "-", Map.of("name", "1", "prep", "in", "proper", "1"));
    }
}
