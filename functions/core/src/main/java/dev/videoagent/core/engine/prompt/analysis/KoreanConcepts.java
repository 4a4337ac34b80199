package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.SenseRules;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the lexicon concept of a Korean unit from its lemma candidates, choosing among the senses of an
 * ambiguous word by the other words of the idea (senses.tsv), and a body-part sense right after a being
 * (고양이 눈 = a cat's eyes).
 */
final class KoreanConcepts {

    /** Particles Nori sometimes leaves glued to an unknown noun (용이 = 용 + 이). */
    private static final List<String> GLUED = List.of("이", "가", "을", "를", "은", "는", "의", "에", "도", "와", "과",
            "로", "랑");

    private final Lexicon lexicon;
    private final SenseRules senses;

    KoreanConcepts(Lexicon lexicon, SenseRules senses) {
        this.lexicon = lexicon;
        this.senses = senses;
    }

    /** Every lemma candidate of a unit, for sense rules. */
    static List<String> candidates(KoreanUnit unit) {
        List<String> keys = new ArrayList<>();
        switch (unit.kind) {
            case NOUN -> {
                if (!unit.suffix.isEmpty()) {
                    keys.add(unit.form + unit.suffix);
                }
                if (unit.particle().equals("이")) {
                    keys.add(unit.form + "이"); // 멍멍이, 야옹이: Nori splits the 이 off as a particle
                }
                keys.add(unit.form);
                for (String particle : GLUED) {
                    if (unit.form.length() > particle.length() && unit.form.endsWith(particle)) {
                        keys.add(unit.form.substring(0, unit.form.length() - particle.length()));
                    }
                }
            }
            case PREDICATE -> keys.addAll(unit.keys);
            case ADVERB, DETERMINER -> keys.add(unit.form);
            default -> {
            }
        }
        return keys;
    }

    Optional<Concept> resolve(KoreanUnit unit, Set<String> context, Concept previousNoun) {
        for (String key : candidates(unit)) {
            Optional<Concept> concept = lookup(key, context, previousNoun);
            if (concept.isPresent()) {
                return concept;
            }
        }
        return Optional.empty();
    }

    Optional<Concept> lookup(String key, Set<String> context, Concept previousNoun) {
        if (!senses.isAmbiguous(key)) {
            return lexicon.korean(key);
        }
        if (previousNoun != null && previousNoun.isAnimate()) {
            for (String id : senses.conceptIds(key)) {
                Optional<Concept> part = lexicon.byId(id).filter(c -> c.kind().equals("bodypart"));
                if (part.isPresent()) {
                    return part;
                }
            }
        }
        return senses.choose(key, context).flatMap(lexicon::byId);
    }

    /** A noun Nori left glued to its particle (용이): the noun and the particle, when only the noun is known. */
    void unglue(KoreanUnit unit) {
        if (unit.kind != KoreanUnit.Kind.NOUN || !unit.particles.isEmpty() || knownNoun(unit.form)) {
            return;
        }
        for (String particle : GLUED) {
            String noun = unit.form.substring(0, Math.max(0, unit.form.length() - particle.length()));
            if (unit.form.endsWith(particle) && !noun.isEmpty() && knownNoun(noun)) {
                unit.form = noun;
                unit.particles.add(particle);
                return;
            }
        }
    }

    /** A concept by its English name (the containers of counters: bowl, cup). */
    Optional<Concept> english(String phrase) {
        return lexicon.englishPhrase(phrase);
    }

    boolean knownNoun(String form) {
        return lexicon.korean(form).isPresent() || senses.isAmbiguous(form);
    }

    /** A verb or adjective the lexicon knows in its dictionary form (녹아내리다), not a noun ending in 다. */
    boolean knownVerb(String lemma) {
        return lemma.endsWith("다") && (lexicon.korean(lemma).filter(c -> !c.slot().isThing()).isPresent()
                || senses.isAmbiguous(lemma));
    }

    /** 한 그릇 가득 담긴: a bare word Nori calls a noun that the lexicon knows only as how or in what state. */
    KoreanUnit adverbial(KoreanUnit unit) {
        if (unit.kind != KoreanUnit.Kind.NOUN || !unit.particles.isEmpty() || !unit.suffix.isEmpty()
                || senses.isAmbiguous(unit.form)) {
            return unit;
        }
        Optional<Concept> concept = lexicon.korean(unit.form);
        if (concept.filter(c -> c.slot() == Slot.MANNER || c.slot() == Slot.STATE).isEmpty()) {
            return unit;
        }
        KoreanUnit adverb = new KoreanUnit(KoreanUnit.Kind.ADVERB, unit.start, unit.end);
        adverb.form = unit.form;
        adverb.keys.addAll(unit.keys);
        adverb.joined = unit.joined;
        return adverb;
    }
}
