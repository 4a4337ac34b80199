package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.analysis.NounItems.Item;
import dev.videoagent.core.engine.prompt.analysis.NounItems.ItemKind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the entity of a Korean noun phrase: nouns written one after another (겨울 거리, 라벤더 밭, 고양이 눈,
 * 숲속 오두막), a frame word after them (고양이 영상), a location noun (성 위를), a counter (두 마리), and the
 * particle that gives the phrase its role. Remembers a pending possessor (고양이의) and pending conjuncts
 * (강아지와) for the next phrase. What each noun is comes from {@link NounItems}, how the nouns before the
 * head and an owner relate to it from {@link NounRelations}.
 */
final class NounPhrases {

    /**
     * The phrase's entity (null when it names nothing), the noun a clause before it describes (its head, or the
     * noun a locative follows when the phrase starts with one), its role, and a bare count (세 마리).
     */
    record Result(Entity entity, Entity head, Arg arg, boolean framed, int countOnly, boolean circumstance,
                  Entity doer) {

        Result(Entity entity, Entity head, Arg arg, boolean framed, int countOnly) {
            this(entity, head, arg, framed, countOnly, false, null);
        }

        Result(Entity entity, Entity head, Arg arg, boolean framed, int countOnly, boolean circumstance) {
            this(entity, head, arg, framed, countOnly, circumstance, null);
        }
    }

    private final IdeaGraph graph;
    private final FunctionWords words;
    private final KoreanConcepts concepts;
    private final NounItems nounItems;
    private final NounRelations relations;
    private Entity possessor;
    /** The container a counter named (한 그릇 = a bowl), for the thing counted. */
    private Concept container;
    private final List<Entity> coordination = new ArrayList<>();

    NounPhrases(IdeaGraph graph, FunctionWords words, KoreanConcepts concepts, Set<String> context,
                EnglishReader english) {
        this.graph = graph;
        this.words = words;
        this.concepts = concepts;
        this.nounItems = new NounItems(graph, words, concepts, context, english);
        this.relations = new NounRelations(graph);
    }

    /** Puts the counted thing in the container its counter named, if any (비빔밥 한 그릇 = bibimbap in a bowl). */
    void contain(Entity thing, KoreanUnit at) {
        if (container != null && thing != null) {
            Entity bowl = new Entity(new Mention(container, at.form, at.start, at.end));
            graph.entities().add(bowl);
            if (thing.count() > 1) {
                bowl.count(thing.count());
                thing.count(0);
                thing.plural(false);
            }
            thing.container(bowl);
            container = null;
        }
    }

    boolean holdsContainer() {
        return container != null;
    }

    void possessor(Entity owner) {
        possessor = owner;
    }

    void coordinate(Entity entity) {
        coordination.add(entity);
    }

    /** Phrases marked 와/과 that no noun followed: the companions of the next action. */
    Optional<Entity> pendingCoordination() {
        if (coordination.isEmpty()) {
            return Optional.empty();
        }
        Entity first = coordination.get(0);
        first.conjuncts().addAll(coordination.subList(1, coordination.size()));
        coordination.clear();
        return Optional.of(first);
    }

    void flushPending(List<Arg> args) {
        pendingCoordination().ifPresent(e -> args.add(new Arg(e, Role.BARE, "")));
        if (possessor != null) {
            args.add(new Arg(possessor, Role.BARE, ""));
            possessor = null;
        }
    }

    Result read(List<KoreanUnit> units, List<Mention> determiners, int count, boolean transitiveNext) {
        List<Item> items = new ArrayList<>();
        Concept previous = null;
        for (KoreanUnit unit : units) {
            Item item = nounItems.item(unit, previous, items.isEmpty(), count);
            items.add(item);
            if (item.mention() != null) {
                previous = item.mention().concept();
            }
        }
        KoreanUnit last = units.get(units.size() - 1);
        String particle = words.value(Kind.KO_PARTICLE, last.particle()).orElse("");
        if (units.size() == 1 && words.is(Kind.KO_CIRCUMSTANCE, units.get(0).form)) {
            graph.content(units.get(0).form.length(), true);
            return new Result(null, null, null, false, 0, true);
        }
        if (items.stream().allMatch(it -> it.kind() == ItemKind.COUNTER)) {
            container = words.value(Kind.KO_COUNTER, units.get(0).form).filter(v -> !v.equals("-"))
                    .flatMap(concepts::english).orElse(null);
            return new Result(null, null, new Arg(null, Role.OTHER, particle), false, Math.max(1, count));
        }
        // the head is the last thing; a scene word heads the phrase only when no thing is named (바다 노을)
        int headIndex = -1;
        for (int k = items.size() - 1; k >= 0 && headIndex < 0; k--) {
            ItemKind kind = items.get(k).kind();
            if (kind == ItemKind.THING || kind == ItemKind.NAME) {
                headIndex = k;
            }
        }
        for (int k = items.size() - 1; k >= 0 && headIndex < 0; k--) {
            if (items.get(k).kind() == ItemKind.SCENE || items.get(k).kind() == ItemKind.ACTION) {
                headIndex = k;
            }
        }
        boolean framed = items.stream().anyMatch(it -> it.kind() == ItemKind.FRAME);
        if (headIndex < 0) {
            for (Item item : items) {
                if (item.kind() == ItemKind.DESCRIBE) {
                    graph.terms().add(new IdeaGraph.SceneTerm(item.mention(), false));
                }
            }
            if (possessor != null && !framed) { // 토성의 (unknown word)를: the owner stands for the phrase
                Entity owner = possessor;
                possessor = null;
                Role role = last.particles.isEmpty() ? Role.BARE : Role.ofKoreanParticle(particle);
                return new Result(owner, owner, new Arg(owner, role, particle), false, 0);
            }
            return new Result(null, null, null, framed, 0);
        }
        Item headItem = items.get(headIndex);
        Entity head = headItem.entity() != null ? headItem.entity() : new Entity(headItem.mention());
        head.plural(head.plural() || headItem.unit().plural);
        if (count > 0) {
            head.count(count);
        }
        head.modifiers().addAll(0, determiners);
        Entity located = relations.locatedBeforeHead(items, headIndex);
        Entity result = head;
        String relation = null;
        Entity doer = null;
        int split = headIndex - 1;
        if (split >= 0 && last.particles.isEmpty() && transitiveNext && items.get(split).kind() == ItemKind.THING
                && items.get(split).mention().concept().isAnimate() && !headItem.mention().concept().isAnimate()
                && items.get(split).mention().concept().attribute("compound").isEmpty()) {
            doer = relations.entity(items.get(split)); // 고양이 우유 먹는: not "cat milk" but a cat and the milk it drinks
            for (int k = 0; k < split; k++) {
                relations.before(items.get(k), items.get(k + 1), doer, doer);
            }
        }
        for (int k = doer == null ? 0 : split + 1; k < items.size(); k++) {
            Item item = items.get(k);
            if (k < headIndex) {
                result = relations.before(item, k + 1 < items.size() ? items.get(k + 1) : null, head, result);
            } else if (k > headIndex && item.kind() == ItemKind.LOCATIVE) {
                String[] preps = item.value().split("\\|");
                boolean path = particle.equals("object") || particle.equals("by");
                relation = path && preps.length > 1 ? preps[1] : preps[0];
                if (relation.equals("between") || relation.equals("among")) {
                    // 빌딩 사이로 = between buildings; 갈대밭 사이로 = through a reed field
                    boolean place = head.head().concept().slot() == Slot.PLACE;
                    relation = place ? (path ? "through" : "in") : relation;
                    head.plural(head.plural() || !place && !head.head().concept().isProper());
                }
            } else if (k > headIndex && item.kind() == ItemKind.COUNTER && count == 0) {
                head.count(1);
            } else if (k > headIndex && item.kind() == ItemKind.ACTION) {
                // 스마트폰 언박싱, 강아지 산책, 던전 탐험: the noun before the action is what it is done to or by
                Event event = new Event(item.mention());
                if (item.mention().concept().takesObject() && !head.head().concept().isAnimate()) {
                    event.object(head);
                } else if (head.head().concept().slot() == Slot.PLACE) {
                    event.places().add(new Event.Location(head, head.head().concept().attribute("prep").orElse("in")));
                } else {
                    event.agent(head);
                }
                graph.events().add(event);
            } else if (k > headIndex && item.kind() == ItemKind.SCENE) {
                graph.terms().add(new IdeaGraph.SceneTerm(item.mention(), false));
            } else if (k > headIndex && item.kind() == ItemKind.DESCRIBE) {
                head.modifiers().add(item.mention());
            }
        }
        if (possessor != null && result == head && !head.head().concept().slot().isThing()) {
            // 해운대 해변의 여름 밤, 도시의 야경: the scene word sets the time, the owner is what is shown
            graph.terms().add(new IdeaGraph.SceneTerm(head.head(), false));
            head = possessor;
            result = possessor;
            possessor = null;
        } else if (possessor != null && result == head) {
            relations.genitive(possessor, head);
            possessor = null;
        }
        if (!coordination.isEmpty()
                && NounRelations.alike(coordination.get(0).head().concept(), head.head().concept())) {
            Entity first = coordination.get(0);
            first.conjuncts().addAll(coordination.subList(1, coordination.size()));
            first.conjuncts().add(result);
            coordination.clear();
            result = first;
        }
        graph.entities().add(head);
        Role role = relation != null ? Role.PLACE
                : last.particles.isEmpty() ? Role.BARE : Role.ofKoreanParticle(particle);
        if (relation != null) {
            head.relation(relation);
        }
        String marker = relation != null ? relation : particle;
        return new Result(result, located != null ? located : head, new Arg(result, role, marker, framed), framed, 0,
                false, doer);
    }
}
