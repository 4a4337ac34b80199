package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.engine.prompt.lexicon.SenseRules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Korean the way it is built: head-final, with particles marking roles and endings linking clauses.
 * Noun phrases collect their particles; a predicate takes the phrases written before it; an adnominal
 * ending (-ㄴ/-은/-는/-던/-ㄹ) attaches its clause to the next noun, which fills the clause's missing role
 * ({@link ClauseAttacher}); a connective ending (-고, -며, -면서) links actions that share their doer; -지
 * 않다/못하다, 안/못, 없다, 없이, 말고 and 아닌 negate. English words inside go to the {@link EnglishReader}.
 * Each text is read by a {@link KoreanReading} of its own.
 */
public final class KoreanReader {

    private final KoreanMorphology morphology;
    private final FunctionWords words;
    private final KoreanConcepts concepts;
    private final EnglishReader english;
    private final Lexicon lexicon;
    private final RoleSenses roleSenses;

    public KoreanReader(KoreanMorphology morphology, Lexicon lexicon, SenseRules senses, RoleSenses roleSenses,
                        FunctionWords words, EnglishReader english) {
        this.morphology = morphology;
        this.words = words;
        this.lexicon = lexicon;
        this.roleSenses = roleSenses;
        this.concepts = new KoreanConcepts(lexicon, senses);
        this.english = english;
    }

    public IdeaGraph read(String idea) {
        String text = joinSetPhrases(idea);
        List<KoreanUnit> units = new KoreanUnits(words, concepts::knownNoun, concepts::knownVerb)
                .build(text, morphology.analyze(text));
        for (int k = 0; k < units.size(); k++) {
            concepts.unglue(units.get(k)); // 용이 성 위를: 용 + the subject particle, not one word
            units.set(k, concepts.adverbial(units.get(k)));
        }
        Set<String> context = new HashSet<>();
        for (KoreanUnit unit : units) {
            context.addAll(KoreanConcepts.candidates(unit));
            for (String word : unit.latin.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                context.add(word); // guitar 치는: English words in mixed ideas decide senses too
            }
        }
        KoreanReading reading = new KoreanReading(text, units, context, words, lexicon, roleSenses, concepts, english);
        reading.run();
        return reading.graph;
    }

    /**
     * 해 질 녘 is 해질녘: set phrases people write with spaces are read as the one word the lexicon knows. The
     * word is padded with spaces to the phrase's length, so every offset after it stays where it was.
     */
    private String joinSetPhrases(String idea) {
        String text = idea;
        for (Map.Entry<String, String> phrase : words.all(FunctionWords.Kind.KO_SET_PHRASE).entrySet()) {
            String spaced = phrase.getKey().replace('_', ' ');
            if (text.contains(spaced)) {
                text = text.replace(spaced, phrase.getValue() + " ".repeat(spaced.length() - phrase.getValue().length()));
            }
        }
        return text;
    }
}
