package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.analysis.EnglishReader;
import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.engine.prompt.analysis.IdeaGraph;
import dev.videoagent.core.engine.prompt.analysis.KoreanReader;
import dev.videoagent.core.engine.prompt.analysis.Mention;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.engine.prompt.lexicon.SenseRules;
import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lexicon is data reviewed like code: these checks keep it consistent, meaningful and reachable. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();
    private static final PromptEngine.Knowledge KNOWLEDGE = PromptEngine.Knowledge.load(LEXICON);
    private static final Set<String> CATEGORIES = Set.of("people", "animals", "nature", "urban", "food", "vehicles",
            "sports", "fantasy", "space", "events", "abstract", "products", "-");
    /** The facet vocabulary of docs/lexicon.md: dimension -> values. */
    private static final Map<String, Set<String>> FACETS = Map.of(
            "time", Set.of("dawn", "morning", "day", "afternoon", "golden", "dusk", "night"),
            "light", Set.of("sun", "golden", "moon", "stars", "fire", "artificial", "neon", "studio", "dark", "bright",
                    "soft", "harsh"),
            "weather", Set.of("clear", "cloudy", "rain", "snow", "storm", "fog", "wind"),
            "season", Set.of("spring", "summer", "autumn", "winter"),
            "temperature", Set.of("hot", "cold"),
            "mood", Set.of("calm", "cheerful", "playful", "dramatic", "tense", "sad", "romantic", "eerie", "festive",
                    "magical", "cozy", "epic", "energetic", "mysterious"),
            "energy", Set.of("high", "low"),
            "setting", Set.of("indoor", "outdoor", "underwater", "space", "sky", "water", "urban"),
            "look", Set.of("photo", "illustrated", "food", "product", "vintage"),
            "camera", Set.of("dynamic", "static", "slow"));

    private static List<Concept> all() {
        return LEXICON.concepts().list();
    }

    @Test
    void hasAtLeast8000KoreanLemmas() {
        Set<String> lemmas = new TreeSet<>();
        all().forEach(c -> lemmas.addAll(c.korean()));
        assertThat(lemmas).hasSizeGreaterThanOrEqualTo(8000);
    }

    @Test
    void englishColumnsAreEnglishAndKoreanColumnsAreKorean() {
        for (Concept c : all()) {
            assertThat(c.english()).as(c.id()).isNotBlank().matches("[\\x20-\\x7E]+");
            c.englishAliases().forEach(a -> assertThat(Hangul.containsHangul(a)).as(c.id()).isFalse());
            c.korean().forEach(k -> assertThat(k.codePoints().allMatch(Hangul::isSyllable)).as(c.id() + " " + k).isTrue());
            assertThat(CATEGORIES).as(c.id()).contains(c.category());
        }
    }

    @Test
    void everyRowCarriesWhatItsSlotNeeds() {
        for (Concept c : all()) {
            switch (c.slot()) {
                case SUBJECT -> assertThat(c.kind()).as(c.id()).isIn("person", "animal", "creature", "vehicle",
                        "object", "food", "plant", "building", "phenomenon", "bodypart", "camera");
                case PLACE -> assertThat(c.attribute("prep")).as(c.id()).isPresent();
                case ACTION -> {
                    assertThat(c.attribute("energy")).as(c.id()).hasValueSatisfying(v ->
                            assertThat(v).isIn("high", "low"));
                    // the writer adds the preposition before the object: "peering into" would read "into into"
                    c.attribute("objprep").ifPresent(prep -> assertThat(c.english()).as(c.id()).doesNotEndWith(" " + prep));
                }
                case COLOR -> assertThat(c.attribute("rgb")).as(c.id()).hasValueSatisfying(v ->
                        assertThat(v).matches("#[0-9a-fA-F]{6}"));
                default -> {
                }
            }
            for (String facet : c.facets()) {
                String[] kv = facet.split(":", 2);
                assertThat(FACETS).as(c.id() + " " + facet).containsKey(kv[0]);
                assertThat(FACETS.get(kv[0])).as(c.id() + " " + facet).contains(kv[1]);
            }
        }
    }

    @Test
    void everyReferenceToAnotherConceptResolvesToTheRightSlot() {
        List<String> broken = new ArrayList<>();
        for (Concept c : all()) {
            check(c, "setting", Slot.PLACE, broken);
            check(c, "past", Slot.STATE, broken);
            check(c, "cause", Slot.STATE, broken);
            check(c, "opposite", Slot.STATE, broken);
        }
        RoleSenses roles = KNOWLEDGE.roleSenses();
        roles.targets().forEach(id -> {
            if (LEXICON.byId(id).isEmpty()) {
                broken.add("role-senses.tsv target " + id);
            }
        });
        roles.conditionIds().forEach(id -> {
            if (LEXICON.byId(id).isEmpty()) {
                broken.add("role-senses.tsv condition " + id);
            }
        });
        roles.sources().forEach(id -> {
            if (LEXICON.byId(id).isEmpty()) {
                broken.add("role-senses.tsv source " + id);
            }
        });
        SenseRules senses = KNOWLEDGE.senses();
        for (String lemma : senses.lemmas()) {
            senses.conceptIds(lemma).forEach(id -> {
                if (LEXICON.byId(id).isEmpty()) {
                    broken.add("senses.tsv " + lemma + " -> " + id);
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    private static void check(Concept c, String attribute, Slot slot, List<String> broken) {
        c.attribute(attribute).ifPresent(id -> {
            if (LEXICON.byId(id).filter(target -> target.slot() == slot).isEmpty()) {
                broken.add(c.id() + " " + attribute + "=" + id);
            }
        });
    }

    @Test
    void noKoreanLemmaNamesTwoConceptsUnlessASenseRuleDecides() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Concept c : all()) {
            for (String lemma : c.korean()) {
                owners.computeIfAbsent(lemma, k -> new ArrayList<>()).add(c.id());
            }
        }
        Set<String> decided = new HashSet<>(KNOWLEDGE.senses().lemmas());
        List<String> clashes = owners.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !decided.contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
        assertThat(clashes).isEmpty();
    }

    /**
     * Every Korean lemma, written alone (nouns) or conjugated (verbs and adjectives: -고 and -는 forms), is
     * read back as its own concept, or as one of its senses.
     */
    @Test
    void everyKoreanLemmaIsReadBackThroughTheAnalyzer() {
        EnglishReader english = new EnglishReader(LEXICON, KNOWLEDGE.words(), KNOWLEDGE.roleSenses());
        KoreanReader korean = new KoreanReader(NoriKoreanMorphology.forLexicon(LEXICON.koreanNouns(), true), LEXICON,
                KNOWLEDGE.senses(), KNOWLEDGE.roleSenses(), KNOWLEDGE.words(), english);
        Set<String> decided = new HashSet<>(KNOWLEDGE.senses().lemmas());
        List<String> unreachable = new ArrayList<>();
        int checked = 0;
        for (Concept c : all()) {
            for (String lemma : c.korean()) {
                if (decided.contains(lemma)) {
                    continue;
                }
                checked++;
                boolean predicate = lemma.endsWith("다") && lemma.length() >= 2 && !c.slot().isThing();
                List<String> forms = predicate
                        ? List.of(lemma.substring(0, lemma.length() - 1) + "고", lemma.substring(0, lemma.length() - 1) + "는")
                        : List.of(lemma);
                boolean found = forms.stream().anyMatch(form -> ids(korean.read(form)).contains(c.id())
                        || c.attribute("past").isPresent() && ids(korean.read(form)).contains(c.attribute("past").get()));
                if (!found) {
                    unreachable.add(lemma + " (" + c.id() + ")");
                }
            }
        }
        assertThat(unreachable).as("%d of %d lemmas unreachable: %s", unreachable.size(), checked,
                unreachable.subList(0, Math.min(60, unreachable.size()))).isEmpty();
    }

    private static Set<String> ids(IdeaGraph graph) {
        Set<String> ids = new HashSet<>();
        for (Entity e : graph.entities()) {
            collect(e, ids);
        }
        for (Event e : graph.events()) {
            ids.add(e.action().concept().id());
            e.manners().forEach(m -> ids.add(m.concept().id()));
        }
        graph.terms().forEach(t -> ids.add(t.mention().concept().id()));
        return ids;
    }

    private static void collect(Entity e, Set<String> ids) {
        if (e.head() != null) {
            ids.add(e.head().concept().id());
        }
        e.modifiers().stream().map(Mention::concept).forEach(m -> ids.add(m.id()));
        e.states().forEach(s -> ids.add(s.state().concept().id()));
    }
}
