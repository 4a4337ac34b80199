package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.analysis.NounItems.Item;
import dev.videoagent.core.engine.prompt.analysis.NounItems.ItemKind;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.List;
import java.util.Set;

/**
 * How the nouns of one Korean phrase relate to its head: an owner written with 의 (고양이의 꼬리), the nouns
 * written before the head (고양이 눈, 숲속 오두막, 라벤더 밭), and which phrases can be coordinated (사과와 배).
 */
final class NounRelations {

    /** The kinds of things that can be made of a material. */
    private static final Set<String> MADE = Set.of("object", "building", "vehicle");

    private final IdeaGraph graph;

    NounRelations(IdeaGraph graph) {
        this.graph = graph;
    }

    /**
     * X의 Y: a being owns what follows it (고양이의 꼬리 = a cat's tail); a place is where it is (작은 마을의
     * 시계탑 = a clock tower in a small village); a scene word sets the scene (겨울 오후의 마을); a thing
     * describes it (초록 지붕의 집 = a house with a green roof, 파란 눈의 늑대 = a wolf with blue eyes).
     */
    void genitive(Entity owner, Entity head) {
        Concept o = owner.head().concept();
        if (!o.slot().isThing()) {
            // 흑백 필름 느낌의 거리: the look of the street, with what describes that look (black-and-white)
            graph.terms().add(new IdeaGraph.SceneTerm(owner.head(), false));
            owner.modifiers().forEach(m -> graph.terms().add(new IdeaGraph.SceneTerm(m, false)));
        } else if (o.isAnimate() || o.isProper() && head.head().concept().slot() != Slot.PLACE) {
            head.possessor(owner);
        } else if (o.slot() == Slot.PLACE) {
            head.locations().add(new Event.Location(owner, o.attribute("prep").orElse("in")));
        } else {
            head.parts().add(owner);
        }
    }

    /**
     * Whether two phrases can be "A and B": both beings, or both things of one slot (사과와 배). 신부와 검은
     * 턱시도를 입은 신랑: the tuxedo inside the clause is not the bride's partner, the groom is.
     */
    static boolean alike(Concept a, Concept b) {
        if (a.isAnimate() || b.isAnimate()) {
            return a.isAnimate() && b.isAnimate();
        }
        return a.slot() == b.slot();
    }

    /**
     * 유리 그릇 속 금붕어, 빨간 지붕 집 앞 강아지: the words before a noun that a locative follows belong to that
     * noun, not to the head; they are related to it here and taken off the list. Returns the located noun
     * when the phrase starts with it, so a clause written before the phrase describes it (작은 상자 안 고양이).
     */
    Entity locatedBeforeHead(List<Item> items, int headIndex) {
        Entity first = null;
        for (int j = 0; j + 1 < headIndex; j++) {
            if (items.get(j).kind() != ItemKind.THING || items.get(j + 1).kind() != ItemKind.LOCATIVE) {
                continue;
            }
            Item thing = items.get(j);
            Entity noun = entity(thing);
            int k = j;
            while (k > 0 && (items.get(k - 1).kind() == ItemKind.DESCRIBE || items.get(k - 1).kind() == ItemKind.THING)) {
                k--;
            }
            for (int i = k; i < j; i++) {
                Item before = items.get(i);
                before(before, items.get(i + 1), noun, noun);
                items.set(i, new Item(ItemKind.UNKNOWN, before.mention(), null, before.value(), before.unit()));
            }
            items.set(j, new Item(thing.kind(), thing.mention(), noun, thing.value(), thing.unit()));
            if (k == 0) {
                first = noun;
            }
        }
        return first;
    }

    /** A noun written before the head: a description, a scene word, an owner, a place or a compound noun. */
    Entity before(Item item, Item next, Entity head, Entity result) {
        Concept h = head.head().concept();
        switch (item.kind()) {
            case DESCRIBE -> head.modifiers().add(item.mention());
            case ACTION -> { // 축구 경기장 = a soccer stadium, 권투 선수 = a boxing athlete
                Concept a = item.mention().concept();
                String word = a.english().contains(" ") && !a.englishAliases().isEmpty() ? a.englishAliases().get(0)
                        : a.english();
                head.modifiers().add(item.mention().withConcept(compound(a, word)));
            }
            case SCENE -> graph.terms().add(new IdeaGraph.SceneTerm(item.mention(), false));
            case NAME -> head.locations().add(new Event.Location(entity(item), "in"));
            case THING -> {
                Concept c = item.mention().concept();
                Entity before = entity(item);
                if (next != null && next.kind() == ItemKind.LOCATIVE) {
                    head.locations().add(new Event.Location(before, next.value().split("\\|")[0]));
                } else if (h.kind().equals("bodypart") && c.isAnimate()) {
                    head.possessor(before); // 고양이 눈 = a cat's eyes
                } else if (c.kind().equals("bodypart") && h.isAnimate()) {
                    head.parts().add(before); // 긴머리 소녀 = a girl with long hair
                } else if (c.attribute("material").isPresent() && MADE.contains(h.kind())) {
                    // 나무 의자 = a wooden chair, but 나무 그늘 is still a tree's shade
                    head.modifiers().add(item.mention().withConcept(compound(c, c.attribute("material").get())));
                } else if (c.attribute("compound").isPresent() && h.slot() == Slot.SUBJECT) {
                    head.modifiers().add(item.mention().withConcept(compound(c, c.attribute("compound").get())));
                } else if (c.isAnimate() && h.isAnimate()) {
                    before.conjuncts().add(result); // 강아지 고양이: both
                    return before;
                } else if (c.slot() == Slot.PLACE && h.slot().isThing()) {
                    head.locations().add(new Event.Location(before, c.attribute("prep").orElse("in")));
                } else if (c.slot() == Slot.SUBJECT && h.slot().isThing()) {
                    head.modifiers().add(item.mention().withConcept(compound(c, c.attribute("compound")
                            .orElse(c.english()))));
                }
            }
            default -> {
            }
        }
        return result;
    }

    /** The entity of a noun of the phrase: the one it came with (an English phrase) or a new one. */
    Entity entity(Item item) {
        if (item.entity() != null) {
            return item.entity();
        }
        Entity entity = new Entity(item.mention());
        entity.plural(item.unit().plural);
        graph.entities().add(entity);
        return entity;
    }

    /** A noun used as a modifier of the next one (a lavender field, a cat doll), keeping its facets. */
    private static Concept compound(Concept noun, String text) {
        return ModifierMentions.compound(new Mention(noun, "", 0, 0), text).concept();
    }
}
