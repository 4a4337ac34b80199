package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives an action clause its roles. Its own phrases first: the subject is the doer, the object what is
 * done to, (으)로/with the instrument (or the direction, for a place), 에/에서/prepositions the places, a
 * bare phrase the doer or the object by the verb's transitivity; an action noun as object names the action
 * (춤을 추다 = dancing). Then the noun the clause is attached to fills the missing role: a place is where it
 * happens; with no doer named, the noun is the doer (사진을 찍는 관광객), or what is acted on when the verb
 * takes an object and the noun cannot act (엄마가 만든 케이크); with a doer named, a noun that can act is the
 * doer and the named one goes back to the outer clause, anything else is where it happens (장작이 타는 난로).
 * A scene word as doer (비가 오는, 햇살이 비치는) only says the weather or light is there.
 */
final class EventBuilder {

    private final IdeaGraph graph;
    private final Lexicon lexicon;
    private final RoleSenses senses;

    EventBuilder(IdeaGraph graph, Lexicon lexicon, RoleSenses senses) {
        this.graph = graph;
        this.lexicon = lexicon;
        this.senses = senses;
    }

    /** Builds the event; returns the phrases that belong to the outer clause instead. */
    List<Arg> build(Clause clause, Entity shared, Entity head) {
        List<Arg> returned = new ArrayList<>();
        Event event = new Event(clause.predicate);
        event.manners().addAll(clause.manners);
        if (clause.negated) {
            event.negate();
        }
        // 연기가 피어오르고 아이들이 만드는: a clause's own subject, nearest its verb, outranks the doer carried from
        // the clause before
        Arg subject = null;
        for (Arg arg : clause.args) {
            if (arg.role() == Role.SUBJECT) {
                subject = arg;
            }
        }
        if (subject != null) {
            Arg own = subject;
            clause.args.removeIf(a -> a.role() == Role.SUBJECT && a != own);
        }
        Entity agent = subject != null ? subject.entity() : null;
        Entity object = clause.first(Role.OBJECT) != null ? clause.first(Role.OBJECT).entity() : null;
        if (object != null && object.head().concept().slot() == Slot.ACTION) {
            event.action(object.head()); // 춤을 추는: the noun is the action
            object = null;
        } else if (object != null && object.head().concept().slot() == Slot.PLACE
                && !event.action().concept().takesObject()) {
            // 거리를 걷는, 하늘을 나는: a place as object is the path of the movement (the sky is looked up at)
            event.places().add(new Event.Location(object, object.relation().orElse(path(object.head().concept()))));
            object = null;
        } else if (object != null && object.head().concept().slot() == Slot.WEATHER
                && !event.action().concept().takesObject()) {
            event.places().add(new Event.Location(object, "in")); // 빗속을 걷는: walking in the rain
            object = null;
        }
        Concept verb = event.action().concept();
        boolean sceneOnly = false; // 안개 낀 호숫가: the fog is there; nobody wears anything
        for (Arg arg : clause.args) {
            Entity e = arg.entity();
            Concept c = e.head().concept();
            if (clause.negated && arg.marker().equals("also") && (e.count() == 1 || c.id().equals("person.nobody"))) {
                e.negate(); // 차가 한 대도 다니지 않는, 아무도 없는: not even one is there
                continue;
            }
            if (c.slot() == Slot.MANNER) {
                event.manners().add(e.head());
                continue;
            }
            if (c.slot() == Slot.WEATHER && event.places().stream().anyMatch(l -> l.place() == e)) {
                continue; // walking in the rain says the rain
            }
            if ((arg.role() == Role.BARE || arg.role() == Role.OBJECT) && !c.slot().isThing() && c.slot() != Slot.ACTION) {
                if (arg.role() == Role.BARE && agent == null && !verb.takesObject()) {
                    agent = e; // 노을 지는: the scene word is the doer; below it only says the sunset is there
                } else {
                    graph.terms().add(new IdeaGraph.SceneTerm(e.head(), false)); // 혼자, 밤: not what is acted on
                    sceneOnly = arg.role() == Role.BARE && c.slot() == Slot.WEATHER;
                }
                continue;
            }
            switch (arg.role()) {
                case BARE -> {
                    if (c.slot() == Slot.ACTION && object == null) {
                        event.action(e.head());
                        verb = e.head().concept();
                    } else if (c.slot() == Slot.PLACE) {
                        event.places().add(new Event.Location(e, e.relation().orElse(c.attribute("prep").orElse("in"))));
                    } else if (agent == null && object == null && subject == null && head != null
                            && head.head().concept().isAnimate() && !c.isAnimate() && verb.takesObject()) {
                        object = e; // 안경 쓴 할아버지, 휠체어 탄 할머니: the noun after the clause is the doer
                    } else if (agent == null && (c.isAnimate() || !verb.takesObject() || object != null
                            || senses.hasSenseForAgent(verb, c.kind()))) { // 이끼 낀: moss is what covers
                        agent = e;
                    } else if (object == null && verb.takesObject()) {
                        object = e;
                    } else if (agent == null) {
                        agent = e;
                    } else {
                        returned.add(arg);
                    }
                }
                case PLACE, SOURCE, GOAL -> event.places().add(new Event.Location(e, preposition(arg, c, verb)));
                case INSTRUMENT -> {
                    if (c.slot() == Slot.PLACE) {
                        event.places().add(new Event.Location(e, e.relation().orElse("toward")));
                    } else if (c.attributes().containsKey("opening")) {
                        event.places().add(new Event.Location(e, "through")); // 창문으로 들어오는 햇살
                    } else if (event.instrument().isEmpty()) {
                        event.instrument(e);
                    }
                }
                case COMPANION -> event.companions().add(e);
                case SUBJECT, OBJECT -> {
                }
                default -> returned.add(arg);
            }
        }
        if (agent == null && head == null) {
            agent = shared;
        }
        if (agent != null && !agent.head().concept().slot().isThing()) {
            // 비가 오는, 햇살이 비치는: the weather or light is there; the verb adds nothing
            graph.terms().add(new IdeaGraph.SceneTerm(agent.head(), clause.negated));
            for (Event.Location place : event.places()) {
                returned.add(new Arg(place.place(), Role.BARE, "")); // 호수 위로 눈이 내리는: the lake stays
            }
            return returned;
        }
        if (head != null && agent != null) {
            // 장작이 타는 난로: the named doer decides the sense (burning) before the noun gets its role
            Optional<Concept> sense = sense(verb, agent, object);
            if (sense.isPresent()) {
                verb = sense.get();
                event.action(event.action().withConcept(verb));
            }
            if (verb.slot().isCamera()) { // 카메라가 다가가는 고양이: a dolly shot of the cat
                event.agent(agent);
                if (object != null) {
                    event.object(object);
                }
                CameraShots.take(graph, event);
                returned.add(new Arg(head, Role.BARE, ""));
                return returned;
            }
        }
        if (head != null) {
            agent = fillFromHead(event, verb, agent, object, head, subject, returned);
            object = event.object().orElse(object);
        }
        if (agent == null && verb.attribute("agent").isPresent()) {
            // 파도치는 바다, 번개치는 밤: the verb says who does it (waves crashing, lightning flashing)
            Mention at = event.action();
            String id = verb.attribute("agent").get();
            agent = lexicon.byId(id.replace("*", ""))
                    .map(c -> new Entity(new Mention(c, at.words(), at.start(), at.end()))).orElse(null);
            if (agent != null) {
                agent.plural(id.endsWith("*")); // agent=phenomenon.wave*: many of them
                graph.entities().add(agent);
            }
        }
        event.agent(agent);
        if (object != null) {
            event.object(object);
        }
        resolveSense(event);
        if (CameraShots.take(graph, event)) {
            if (head != null && event.agent().filter(a -> a == head).isEmpty()) {
                returned.add(new Arg(head, Role.BARE, ""));
            }
            return returned;
        }
        if (event.action().concept().slot() == Slot.STATE) {
            // 이끼가 낀 돌계단: moss does not wear the steps, the steps are covered with moss
            Entity holder = head != null ? head : object;
            Entity cause = head != null ? agent : null;
            if (holder == null) {
                holder = agent;
            }
            if (holder != null) {
                holder.states().add(new Entity.State(event.action(), cause,
                        event.action().concept().attribute("with").orElse("with")));
                if (head == null && agent != null) {
                    returned.add(new Arg(agent, Role.BARE, ""));
                }
            }
            return returned;
        }
        if (sceneOnly && event.agent().isEmpty() && event.object().isEmpty() && verb.takesObject()) {
            return returned;
        }
        clause.event = event;
        graph.events().add(event);
        return returned;
    }

    private Entity fillFromHead(Event event, Concept verb, Entity agent, Entity object, Entity head, Arg subject,
                                List<Arg> returned) {
        Concept h = head.head().concept();
        if (h.slot() == Slot.PLACE) {
            event.places().add(new Event.Location(head, h.attribute("prep").orElse("in")));
            return agent;
        }
        if (!h.slot().isThing()) {
            // 문틈으로 새어 나오는 불빛, 골목을 휘감는 바람: the light or wind is what does it; a time, a season or a
            // mood does nothing (빵 굽는 냄새: someone bakes, the smell does not)
            boolean acts = h.slot() == Slot.WEATHER || h.slot() == Slot.LIGHTING;
            return agent == null && acts ? head : agent;
        }
        if (agent == null) {
            if (verb.takesObject() && object == null && !h.isAnimate() && !senses.hasSenseForAgent(verb, h.kind())) {
                event.object(head);
                return null;
            }
            return head;
        }
        if (verb.takesObject() && object == null) {
            event.object(head);
            return agent;
        }
        if (h.isAnimate() || h.kind().equals("vehicle")) {
            if (subject != null) {
                returned.add(subject);
            }
            return head;
        }
        event.places().add(new Event.Location(head, h.attribute("prep").orElse("in")));
        return agent;
    }

    private static String path(Concept place) {
        String prep = place.attribute("prep").orElse("through");
        return switch (prep) {
            case "in", "at", "inside" -> "through";
            case "on" -> "along";
            default -> prep;
        };
    }

    private static String preposition(Arg arg, Concept place, Concept verb) {
        if (arg.entity().relation().isPresent()) {
            return arg.entity().relation().get();
        }
        if (arg.role() == Role.PLACE && arg.marker().equals("in") && verb.attributes().containsKey("from")) {
            // 굴뚝에서 피어오르는 연기: where smoke rises is where it comes from; 바다에서 나오는: out of the sea
            String from = verb.attribute("from").orElse("1");
            return from.equals("1") ? "from" : from;
        }
        return switch (arg.role()) {
            case SOURCE -> "from";
            case GOAL -> place.slot() == Slot.PLACE ? "to" : place.isAnimate() ? "to" : "toward";
            // 바람에 휘날리는: the wind or rain is what it moves in, not a place it is at
            default -> place.slot() == Slot.WEATHER ? "in"
                    : place.attribute("prep").orElse(arg.marker().equals("at") ? "at" : "in");
        };
    }

    /** 타다 done by firewood is burning; drift done by petals is floating (role-senses.tsv). */
    private void resolveSense(Event event) {
        sense(event.action().concept(), event.agent().orElse(null), event.object().orElse(null))
                .ifPresent(sense -> event.action(event.action().withConcept(sense)));
    }

    private Optional<Concept> sense(Concept verb, Entity agent, Entity object) {
        return senses.resolve(verb, agent == null ? null : agent.head().concept(),
                object == null ? null : object.head().concept()).flatMap(lexicon::byId);
    }
}
