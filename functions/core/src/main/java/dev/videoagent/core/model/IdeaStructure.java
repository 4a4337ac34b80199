package dev.videoagent.core.model;

import java.util.List;

/**
 * What the idea says, as the engine understood it: the main subjects and the things acted on, each
 * with the modifiers attached to it; every action with its agent, object, instrument and places; the
 * settings; and what the idea says is not there. All text is English, from the prompt's own words.
 */
public record IdeaStructure(List<Thing> subjects, List<Thing> objects, List<Action> actions, List<String> settings,
                            List<String> negated) {

    public static final IdeaStructure EMPTY = new IdeaStructure(List.of(), List.of(), List.of(), List.of(), List.of());

    public IdeaStructure {
        subjects = List.copyOf(subjects);
        objects = List.copyOf(objects);
        actions = List.copyOf(actions);
        settings = List.copyOf(settings);
        negated = List.copyOf(negated);
    }

    /** A noun with the words that describe it (adjectives, colors, states, compound nouns). */
    public record Thing(String noun, List<String> modifiers, boolean plural) {
        public Thing {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** An action and its roles; a role nobody fills is null, places are written with their prepositions. */
    public record Action(String verb, String agent, String object, String instrument, List<String> places) {
        public Action {
            places = List.copyOf(places);
        }
    }
}
