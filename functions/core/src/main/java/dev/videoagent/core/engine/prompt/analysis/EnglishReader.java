package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Unrecognized;
import java.util.List;
import java.util.Optional;

/**
 * Reads English the way it is built: noun phrases (adjectives, colors and compound nouns before the head),
 * participles and relative clauses after them ("a boy wearing a yellow hat", "a dog that is sleeping"),
 * passives ("paint being splashed"), prepositional phrases attached to the action or the noun before them
 * (with = instrument, companion or feature; from, in, under ... = places), coordination, and negation
 * (no, not, never, without). Also reads the English words inside Korean text. The phrases are assembled by
 * {@link EnglishNounPhrases}, the actions by {@link EnglishEvents}.
 */
public final class EnglishReader {

    private final EnglishTokens tokens;
    private final Lexicon lexicon;
    private final RoleSenses senses;

    public EnglishReader(Lexicon lexicon, FunctionWords words, RoleSenses senses) {
        this.tokens = new EnglishTokens(lexicon, words);
        this.lexicon = lexicon;
        this.senses = senses;
    }

    public IdeaGraph read(String text, int offset) {
        Parse parse = new Parse(new EnglishReading(tokens.tokens(text, offset)));
        parse.run();
        return parse.reading.graph;
    }

    /** The concept of a short English word or phrase inside Korean (cute한, cinematic하게). */
    public Optional<Concept> single(String text) {
        List<EnglishToken> found = tokens.tokens(text, 0);
        return found.size() == 1 && found.get(0).type() == EnglishToken.Type.CONCEPT
                ? Optional.of(found.get(0).mention().concept()) : Optional.empty();
    }

    /** The walk over the tokens of one reading: function words set what is pending, concepts are placed. */
    private final class Parse {
        final EnglishReading reading;
        final EnglishEvents events;
        final EnglishNounPhrases phrases;

        Parse(EnglishReading reading) {
            this.reading = reading;
            this.events = new EnglishEvents(reading, lexicon, senses);
            this.phrases = new EnglishNounPhrases(reading, events);
        }

        void run() {
            while (reading.i < reading.tokens.size()) {
                EnglishToken t = reading.tokens.get(reading.i);
                if (t.breakBefore() == '.') {
                    reading.subject = null;
                    reading.last = null;
                    reading.event = null;
                    reading.reset();
                } else if (t.breakBefore() == ',') {
                    reading.preposition = null;
                    reading.objectOpen = false;
                    reading.and = false;
                    reading.negated = false; // no fans, just the lights: "no" reaches the comma, not past it
                    reading.frameOf = false;
                }
                switch (t.type()) {
                    case FUNCTION -> function(t);
                    case NAME -> {
                        reading.graph.content(t.end() - t.start(), true);
                        phrases.nounPhrase();
                    }
                    case UNKNOWN -> {
                        if (!reading.beforeNoun()) {
                            // in a yellow oilskin hauling: the phrase ends at the unknown noun, with its words
                            reading.negated = false;
                            reading.describes.clear();
                            reading.preposition = null;
                        }
                        reading.graph.content(t.end() - t.start(), false);
                        reading.graph.unrecognized().add(new Unrecognized(t.word(), t.start(), t.end()));
                        reading.i++;
                    }
                    case CONCEPT -> {
                        reading.graph.content(t.end() - t.start(), true);
                        concept(t);
                    }
                }
            }
            reading.graph.events().forEach(events::resolveSense);
            reading.graph.events().removeIf(e -> CameraShots.take(reading.graph, e)); // the camera follows a runner
        }

        private void function(EnglishToken t) {
            reading.i++;
            switch (t.kind()) {
                case EN_NEGATOR -> {
                    reading.negated = true;
                    if (t.value().equals("person")) { // nobody
                        lexicon.byId("person.person").ifPresent(p -> phrases.attach(phrases.negatedEntity(p, t)));
                    }
                }
                case EN_WITHOUT -> reading.preposition = "without";
                case EN_WITH -> reading.preposition = "with";
                case EN_PREPOSITION -> {
                    if (t.value().equals("of") && reading.frameOf) {
                        reading.frameOf = false; // a video of a cat: the cat is the content, not "of" anything
                    } else {
                        reading.preposition = t.value();
                    }
                }
                case EN_FRAME -> reading.frameOf = true;
                case EN_DETERMINER -> reading.plural |= t.value().equals("plural");
                case EN_NUMBER -> reading.count = t.value().equals("many") ? 99 : Integer.parseInt(t.value());
                case EN_COLLECTIVE -> reading.count = 99;
                case EN_RELATIVE -> {
                    reading.relative = reading.last != null;
                    reading.objectOpen = false; // building a sandcastle while waves crash: the waves are not built
                }
                case EN_PRONOUN -> {
                    if (t.value().equals("person") && reading.subject == null) { // someone opening a bottle
                        lexicon.byId("person.person").ifPresent(p -> {
                            Entity someone = new Entity(new Mention(p, t.word(), t.start(), t.end()));
                            reading.graph.entities().add(someone);
                            phrases.attach(someone);
                        });
                    }
                }
                case EN_AUX -> reading.passive |= t.value().equals("passive");
                // never stops barking = barking; stops barking = not barking; keeps running = running
                case EN_ASPECT -> reading.negated = t.value().equals("stop") != reading.negated;
                case EN_CONJUNCTION -> {
                    reading.and = true;
                    reading.objectOpen = reading.event != null && reading.event.object().isPresent();
                    // no music notes or cartoon effects: the negation reaches every item of the list
                    // don't add music notes or cartoon effects: "or" goes on with what is not added
                    reading.negated |= (reading.last != null && reading.last.negated() || reading.event != null
                            && reading.event.negated() && reading.objectOpen) && !t.word().equals("but");
                }
                default -> {
                }
            }
        }

        private void concept(EnglishToken t) {
            Concept c = t.mention().concept();
            Slot slot = c.slot();
            if (slot.isThing()) {
                phrases.nounPhrase();
            } else if (slot.describes()) {
                reading.i++;
                boolean before = reading.i < reading.tokens.size()
                        && reading.tokens.get(reading.i).type() == EnglishToken.Type.CONCEPT
                        && (reading.tokens.get(reading.i).mention().concept().slot().isThing()
                        || reading.tokens.get(reading.i).mention().concept().slot().describes());
                boolean ofUnknown = reading.i < reading.tokens.size()
                        && reading.tokens.get(reading.i).type() == EnglishToken.Type.UNKNOWN
                        && reading.tokens.get(reading.i).breakBefore() == ' ';
                if (before) {
                    reading.describes.add(t.mention());
                } else if (ofUnknown) {
                    reading.describes.clear(); // a yellow oilskin: the color goes with the word not understood
                } else if (reading.last != null) {
                    events.describePredicatively(t.mention());
                } else {
                    reading.describes.add(t.mention());
                }
            } else if (slot == Slot.ACTION && reading.beforeNoun() && reading.nounPhrasePosition()) {
                reading.i++;
                // a flowing dress, glowing liquids
                reading.describes.add(ModifierMentions.asModifier(t.mention(), t.word()));
            } else if (slot == Slot.ACTION) {
                reading.i++;
                events.action(t);
            } else if (slot == Slot.MANNER) {
                reading.i++;
                if (reading.event != null) {
                    reading.event.manners().add(t.mention()); // ran happily
                } else {
                    reading.manners.add(t.mention());
                }
            } else if (!slot.isCamera() && slot != Slot.STYLE && slot != Slot.QUALITY && reading.beforeNoun()) {
                reading.i++;
                // a foggy mirror, a crowded train
                reading.describes.add(ModifierMentions.asModifier(t.mention(), t.word()));
            } else {
                boolean insidePhrase = reading.beforeNoun();
                reading.i++;
                reading.graph.terms().add(new IdeaGraph.SceneTerm(t.mention(), reading.negated));
                reading.frameOf |= slot.isCamera(); // a drone shot of a train crossing: the train is the content
                if (!insidePhrase) {
                    reading.negated = false;
                    reading.preposition = null;
                }
            }
        }
    }
}
