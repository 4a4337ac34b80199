package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.engine.prompt.analysis.Mention;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes noun phrases and action phrases in English, every word traced with how it attaches: "a boy
 * wearing a yellow hat" traces yellow as the modifier of hat and hat as the object of wearing. Describing
 * words go before the noun (opinion and size, conditions, colors, then compound nouns), a condition with
 * its cause after it (a roof covered with snow), then what it has (with big eyes) and where it is.
 */
final class PhraseWriter {

    final List<TraceEntry> trace = new ArrayList<>();
    private final Map<Entity, String> written = new IdentityHashMap<>();
    final List<IdeaStructure.Thing> subjects = new ArrayList<>();
    final List<IdeaStructure.Thing> objects = new ArrayList<>();
    final List<IdeaStructure.Action> actions = new ArrayList<>();
    final List<String> settings = new ArrayList<>();

    private List<Event> events = List.of();
    private final List<Event> usedEvents = new ArrayList<>();

    /** The scene's actions: an entity written as an object or place gets its own actions after it. */
    void events(List<Event> sceneEvents) {
        events = sceneEvents;
    }

    boolean used(Event event) {
        return usedEvents.contains(event);
    }

    void use(Event event) {
        usedEvents.add(event);
    }

    boolean wasWritten(Entity entity) {
        return written.containsKey(entity);
    }

    /** "a boy and a girl": the phrase with its conjuncts. */
    String group(Entity entity, String relation, boolean subject) {
        List<String> parts = new ArrayList<>();
        for (Entity e : entity.withConjuncts()) {
            if (!e.negated()) {
                parts.add(noun(e, relation, subject ? subjects : objects));
            }
        }
        return join(parts);
    }

    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private final java.util.Set<Entity> writing = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    String noun(Entity e, String relation, List<IdeaStructure.Thing> into) {
        if (!writing.add(e)) {
            return e.head().concept().english(); // a phrase that contains itself is written once
        }
        try {
            return nounOnce(e, relation, into);
        } finally {
            writing.remove(e);
        }
    }

    private String nounOnce(Entity e, String relation, List<IdeaStructure.Thing> into) {
        Concept head = e.head().concept();
        boolean plural = e.plural() && !head.isProper();
        String nounText = plural ? Phrases.plural(head) : head.slot().isThing() ? head.english()
                : head.slot() == Slot.WEATHER ? "the " + Phrases.nounWord(head) : Phrases.nounWord(head); // in the wind
        String placeArticle = "";
        if (head.slot() == Slot.PLACE && !head.isProper()) {
            String lower = nounText.toLowerCase(Locale.ROOT);
            for (String article : List.of("a ", "an ", "the ")) {
                if (lower.startsWith(article)) {
                    placeArticle = article;
                    nounText = nounText.substring(article.length());
                }
            }
        }
        trace.add(e.head().start() < 0 ? TraceEntry.fallback(nounText, head.slot(), e.head().words())
                : TraceEntry.input(nounText, head.slot(), e.head().words(), head.id()).withRelation(relation));
        List<String> before = new ArrayList<>();
        List<String> modifierTexts = new ArrayList<>();
        if (e.count() >= 2 && e.count() <= 10) {
            before.add(Phrases.count(e.count()));
            modifierTexts.add(Phrases.count(e.count()));
        }
        for (int pass = 0; pass < 4; pass++) {
            for (Mention m : e.modifiers()) {
                if (order(m.concept()) == pass && !before.contains(m.concept().english())) {
                    before.add(m.concept().english());
                    modifierTexts.add(m.concept().english());
                    trace.add(TraceEntry.input(m.concept().english(), m.concept().slot(), m.words(), m.concept().id())
                            .withRelation("modifier of " + nounText));
                }
            }
            if (pass == 1) {
                for (Entity.State s : e.states()) {
                    if (s.cause() == null) {
                        before.add(s.state().concept().english());
                        modifierTexts.add(s.state().concept().english());
                        trace.add(TraceEntry.input(s.state().concept().english(), Slot.STATE, s.state().words(),
                                s.state().concept().id()).withRelation("state of " + nounText));
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder();
        // a pair of red shoes, not a red pair of shoes: the words describe what the pair is of
        int of = nounText.startsWith("pair of ") || nounText.startsWith("pairs of ") ? nounText.indexOf(" of ") + 4 : 0;
        text.append(nounText, 0, of);
        before.forEach(b -> text.append(b).append(' '));
        text.append(nounText.substring(of));
        String core = text.toString();
        String phrase;
        if (e.possessor().isPresent() && !e.possessor().get().negated()) {
            String owner = noun(e.possessor().get(), "owner of " + nounText, objects);
            phrase = owner + (owner.endsWith("s") ? "' " : "'s ") + core;
        } else if (!placeArticle.isEmpty() && e.count() < 2 && !plural) {
            phrase = (before.isEmpty() ? placeArticle : Phrases.article(core)) + core;
        } else if (Phrases.isBare(head, plural) || e.count() >= 2 || head.slot() == Slot.PLACE && placeArticle.isEmpty()) {
            phrase = core; // a place is written with the article its lexicon row gives it, or none (railway tracks)
        } else {
            phrase = head.attribute("article").map(a -> a + " ").orElse(Phrases.article(core)) + core; // the sun
        }
        if (e.container().isPresent()) {
            // two cups of coffee, a bowl of bibimbap: the container leads, the thing follows without article
            String holder = noun(e.container().get(), "container of " + nounText, objects);
            phrase = holder + " of " + core;
        }
        StringBuilder after = new StringBuilder(phrase);
        for (Entity.State s : e.states()) {
            if (s.cause() != null) {
                String state = s.state().concept().english();
                trace.add(TraceEntry.input(state, Slot.STATE, s.state().words(), s.state().concept().id())
                        .withRelation("state of " + nounText));
                after.append(' ').append(state).append(' ').append(s.preposition()).append(' ')
                        .append(cause(s.cause(), state));
                modifierTexts.add(state);
            }
        }
        for (Entity part : e.parts()) {
            if (!part.negated()) {
                after.append(" with ").append(noun(part, "part of " + nounText, objects));
            }
        }
        for (Event.Location location : e.locations()) {
            String at = Phrases.nounWord(location.place().head().concept()).toLowerCase(Locale.ROOT);
            if (!location.place().head().concept().isProper() && nounText.toLowerCase(Locale.ROOT).contains(at)) {
                written.put(location.place(), at); // 도시 광장: a city square, not a city square in a city
                trace.add(TraceEntry.dropped(at, "setting", "said by the noun", location.place().head().concept().id()));
            } else if (!location.place().negated() && !written.containsKey(location.place())) {
                after.append(' ').append(location.preposition()).append(' ')
                        .append(noun(location.place(), "location of " + nounText, objects));
            }
        }
        written.put(e, after.toString());
        into.add(new IdeaStructure.Thing(nounText, modifierTexts, plural));
        if (!"subject".equals(relation)) {
            // a girl gazing at a boy laughing: the boy's own action follows him
            for (Event event : events) {
                if (!usedEvents.contains(event) && event.agent().filter(a -> a == e).isPresent()) {
                    usedEvents.add(event);
                    after.append(' ').append(action(event, head.english(), true));
                }
            }
            written.put(e, after.toString());
        }
        return after.toString();
    }

    /** The cause of a state as a plain noun: covered with snow, reflected in the water, lit by lanterns. */
    private String cause(Entity cause, String state) {
        Concept c = cause.head().concept();
        if (!c.slot().isThing() || c.attributes().containsKey("mass")) {
            String word = Phrases.nounWord(c);
            trace.add(TraceEntry.input(word, c.slot(), cause.head().words(), c.id()).withRelation("cause of " + state));
            written.put(cause, word);
            return word;
        }
        return noun(cause, "cause of " + state, objects);
    }

    /** Where describing words go before the noun: 0 opinion and size, 1 conditions, 2 colors, 3 compounds. */
    private static int order(Concept c) {
        if (c.attributes().containsKey("compound")) {
            return 3;
        }
        if (c.slot() == Slot.COLOR) {
            return 2;
        }
        return c.slot() == Slot.STATE ? 1 : 0;
    }

    /** "wearing a yellow hat with a smartphone across a lake": the action with its roles. */
    String action(Event e, String agentText, boolean writeObject) {
        Concept verb = e.action().concept();
        String verbText = verb.english();
        StringBuilder text = new StringBuilder();
        Mention manner = e.manners().isEmpty() || firstWordIsAdverb(verbText) ? null : e.manners().get(0);
        // happily running, but walking barefoot: an adverb leads, any other manner word follows the verb
        boolean leads = manner != null && (firstWordIsAdverb(manner.concept().english())
                || manner.concept().english().equals("always"));
        if (manner != null) {
            trace.add(TraceEntry.input(manner.concept().english(), Slot.MANNER, manner.words(), manner.concept().id())
                    .withRelation("manner of " + verbText));
        }
        text.append(leads ? manner.concept().english() + " " : "").append(verbText);
        text.append(manner != null && !leads ? " " + manner.concept().english() : "");
        trace.add(TraceEntry.input(verbText, Slot.ACTION, e.action().words(), verb.id())
                .withRelation(agentText == null ? null : "action of " + agentText));
        String objectText = null;
        if (writeObject && e.object().isPresent() && !e.object().get().negated()) {
            Entity object = e.object().get();
            String noun = Phrases.nounWord(object.head().concept()).toLowerCase(Locale.ROOT);
            if (!verbText.toLowerCase(Locale.ROOT).contains(lastWord(noun))) {
                objectText = group(object, "object of " + verbText, false);
                // waiting for a bus, gazing at the sea: some verbs take their object after a preposition
                verb.attribute("objprep").ifPresent(prep -> text.append(' ').append(prep));
                text.append(' ').append(objectText);
            } else {
                trace.add(TraceEntry.dropped(noun, "subject", "said by the action", object.head().concept().id()));
                written.put(object, noun);
            }
        }
        String instrumentText = null;
        if (e.instrument().isPresent() && !e.instrument().get().negated()) {
            Entity tool = e.instrument().get();
            boolean vehicle = tool.head().concept().kind().equals("vehicle");
            instrumentText = vehicle ? tool.head().concept().english() : group(tool, "instrument of " + verbText, false);
            if (vehicle) {
                trace.add(TraceEntry.input(instrumentText, Slot.SUBJECT, tool.head().words(), tool.head().concept().id())
                        .withRelation("instrument of " + verbText));
                written.put(tool, instrumentText);
            }
            text.append(vehicle ? " by " : " with ").append(instrumentText);
        }
        for (Entity companion : e.companions()) {
            if (!companion.negated()) {
                text.append(" with ").append(group(companion, "companion of " + verbText, false));
            }
        }
        List<String> places = new ArrayList<>();
        for (Event.Location location : e.places()) {
            Entity at = location.place();
            String placeNoun = Phrases.nounWord(at.head().concept()).toLowerCase(Locale.ROOT);
            if (!at.negated() && verbText.toLowerCase(Locale.ROOT).contains(" " + lastWord(placeNoun))) {
                // scattering in the wind (바람에): the action already says where
                trace.add(TraceEntry.dropped(placeNoun, "setting", "said by the action", at.head().concept().id()));
                written.put(at, placeNoun);
            } else if (!at.negated() && !written.containsKey(at)) {
                String place = noun(location.place(), "place of " + verbText, new ArrayList<>());
                boolean said = text.toString().endsWith(" " + location.preposition()); // speeding along (along) a track
                text.append(said ? "" : " " + location.preposition()).append(' ').append(place);
                places.add(location.preposition() + " " + place);
                settings.add(place);
            }
        }
        actions.add(new IdeaStructure.Action(verbText, agentText, objectText, instrumentText, places));
        return text.toString();
    }

    private static boolean firstWordIsAdverb(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).endsWith("ly");
    }

    private static String lastWord(String phrase) {
        String p = phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
        return p.substring(p.lastIndexOf(' ') + 1);
    }
}
