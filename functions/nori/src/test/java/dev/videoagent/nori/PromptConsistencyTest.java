package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.CategoryDefaults;
import dev.videoagent.core.engine.prompt.lexicon.Consistency;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * No default contradicts the idea: for every concept that says something about the scene (its facets),
 * alone and with a subject of each kind, and for random mixes of such concepts, no default in the prompt
 * has a facet that the consistency table says cannot go with a facet of the idea or of another default.
 */
class PromptConsistencyTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();
    private static final PromptEngine ENGINE = PromptEngines.create(LEXICON);
    private static final Consistency TABLE = Consistency.loadDefault();
    private static final Map<String, CategoryDefaults.Default> DEFAULTS = new HashMap<>();
    private static final List<Concept> FACETED = new ArrayList<>();
    private static final List<String> SUBJECTS = List.of("a woman", "a puppy", "a red car", "a bowl of ramen",
            "an old lantern", "a pine tree", "a dragon");

    static {
        for (CategoryDefaults.Default d : CategoryDefaults.loadDefault().all()) {
            DEFAULTS.putIfAbsent(d.text(), d);
        }
        for (Concept c : LEXICON.concepts().list()) {
            if (!c.facets().isEmpty() && !c.english().isBlank()) {
                FACETED.add(c);
            }
        }
    }

    @Test
    void noDefaultContradictsAnyFacetedConceptAloneOrWithASubjectOfEachKind() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Concept c : FACETED) {
            for (String idea : ideas(c)) {
                checked++;
                violation(ENGINE.generate(idea)).ifPresent(v -> violations.add(idea + ": " + v));
            }
        }
        assertThat(checked).isGreaterThan(5000);
        assertThat(violations).as("%d of %d prompts", violations.size(), checked).isEmpty();
    }

    @Property(tries = 500)
    void noDefaultContradictsAnyMixOfFacetedConcepts(@ForAll("mixes") String idea) {
        assertThat(violation(ENGINE.generate(idea))).as(idea).isEmpty();
    }

    @Provide
    Arbitrary<String> mixes() {
        Arbitrary<String> words = Arbitraries.of(FACETED).map(LexiconWords::anyName);
        Arbitrary<String> subjects = Arbitraries.of(SUBJECTS);
        return Arbitraries.oneOf(words.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l)),
                net.jqwik.api.Combinators.combine(subjects, words.list().ofMinSize(1).ofMaxSize(3))
                        .as((s, l) -> s + " " + String.join(" ", l)));
    }

    private static List<String> ideas(Concept c) {
        List<String> ideas = new ArrayList<>();
        String name = LexiconWords.anyName(c);
        ideas.add(name);
        for (String subject : SUBJECTS) {
            ideas.add(c.slot().isThing() ? subject + " and " + name : subject + " " + name);
        }
        return ideas;
    }

    /** The first pair of facets in the prompt that the table forbids, where at least one comes from a default. */
    static Optional<String> violation(PromptResult r) {
        Map<String, Set<String>> inputFacets = new HashMap<>();
        Map<String, Set<String>> defaultFacets = new HashMap<>();
        for (TraceEntry t : r.trace()) {
            if (t.source() == TraceEntry.Source.INPUT && t.conceptId() != null) {
                LEXICON.byId(t.conceptId()).ifPresent(c -> inputFacets.put(t.term(), new LinkedHashSet<>(c.facets())));
            } else if (t.source() == TraceEntry.Source.DEFAULT && DEFAULTS.containsKey(t.term())) {
                defaultFacets.put(t.term(), new LinkedHashSet<>(DEFAULTS.get(t.term()).facets()));
            }
        }
        for (Map.Entry<String, Set<String>> d : defaultFacets.entrySet()) {
            for (Map.Entry<String, Set<String>> other : inputFacets.entrySet()) {
                Optional<Consistency.Conflict> conflict = TABLE.conflict(d.getValue(), other.getValue());
                if (conflict.isPresent()) {
                    return Optional.of("default '" + d.getKey() + "' vs '" + other.getKey() + "': " + conflict.get().why());
                }
            }
            for (Map.Entry<String, Set<String>> other : defaultFacets.entrySet()) {
                Optional<Consistency.Conflict> conflict = TABLE.conflict(d.getValue(), other.getValue());
                if (!other.getKey().equals(d.getKey()) && conflict.isPresent()) {
                    return Optional.of("defaults '" + d.getKey() + "' and '" + other.getKey() + "': "
                            + conflict.get().why());
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void everySlotThatTakesADefaultHasOneForEveryCategory() {
        CategoryDefaults defaults = CategoryDefaults.loadDefault();
        for (String category : List.of("people", "animals", "nature", "urban", "food", "vehicles", "sports", "fantasy",
                "space", "events", "abstract", "products")) {
            for (Slot slot : List.of(Slot.LIGHTING, Slot.MOOD, Slot.SHOT, Slot.STYLE, Slot.QUALITY)) {
                assertThat(defaults.candidates(category, slot).stream().anyMatch(d -> d.when().isEmpty()))
                        .as(category + " " + slot).isTrue();
            }
        }
    }
}
