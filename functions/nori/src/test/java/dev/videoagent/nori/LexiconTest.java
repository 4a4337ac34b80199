package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.prompt.Concept;
import dev.videoagent.core.prompt.Hangul;
import dev.videoagent.core.prompt.Lexicon;
import dev.videoagent.core.prompt.PromptEngine;
import dev.videoagent.core.prompt.PromptResult;
import dev.videoagent.core.prompt.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lexicon is data reviewed like code: these checks keep it consistent and reachable. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();
    private static final Set<String> CATEGORIES = Set.of("people", "animals", "nature", "urban", "food", "vehicles",
            "sports", "fantasy", "space", "events", "abstract", "products", "-");

    @Test
    void hasAtLeast1500KoreanLemmas() {
        Set<String> lemmas = new TreeSet<>();
        LEXICON.concepts().all().forEach(c -> lemmas.addAll(c.korean()));
        assertThat(lemmas).hasSizeGreaterThanOrEqualTo(1500);
    }

    @Test
    void englishColumnsAreEnglishAndKoreanColumnsAreKorean() {
        for (Concept c : LEXICON.concepts().all()) {
            assertThat(Hangul.containsHangul(c.english())).as(c.id()).isFalse();
            assertThat(c.english()).as(c.id()).isNotBlank().matches("[\\x20-\\x7E]+");
            c.englishAliases().forEach(a -> assertThat(Hangul.containsHangul(a)).as(c.id()).isFalse());
            c.korean().forEach(k -> assertThat(k.codePoints().allMatch(Hangul::isSyllable)).as(c.id() + " " + k).isTrue());
            assertThat(CATEGORIES).as(c.id()).contains(c.category());
        }
    }

    @Test
    void slotSpecificAttributesArePresent() {
        for (Concept c : LEXICON.concepts().all()) {
            if (c.slot() == Slot.SUBJECT) {
                assertThat(c.kind()).as(c.id()).isIn("person", "animal", "creature", "vehicle", "object", "food",
                        "plant", "building", "phenomenon", "bodypart");
            }
            if (c.slot() == Slot.PLACE) {
                assertThat(c.attribute("prep")).as(c.id()).isPresent();
            }
        }
    }

    @Test
    void noKoreanLemmaNamesTwoConceptsUnlessASenseRuleDecides() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Concept c : LEXICON.concepts().all()) {
            for (String lemma : c.korean()) {
                owners.computeIfAbsent(lemma, k -> new ArrayList<>()).add(c.id());
            }
        }
        Set<String> ambiguousBySenseRule = Set.of("눈", "배", "밤", "다리", "말", "차");
        List<String> clashes = owners.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !ambiguousBySenseRule.contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
        assertThat(clashes).isEmpty();
    }

    /** Every Korean noun, written alone, is found again by the engine through Nori. */
    @Test
    void everyKoreanNounIsReachableThroughTheAnalyzer() {
        PromptEngine engine = PromptEngines.createDefault();
        List<String> unreachable = new ArrayList<>();
        for (Concept c : LEXICON.concepts().all()) {
            if (c.slot() != Slot.SUBJECT && c.slot() != Slot.PLACE) {
                continue;
            }
            for (String lemma : c.korean()) {
                PromptResult result = engine.generate(lemma);
                boolean found = result.trace().stream().anyMatch(t -> c.id().equals(t.conceptId()));
                if (!found && !Set.of("눈", "배", "밤", "다리", "말", "차").contains(lemma)) {
                    unreachable.add(lemma + " (" + c.id() + ")");
                }
            }
        }
        assertThat(unreachable).as("%d unreachable", unreachable.size()).isEmpty();
    }
}
