package dev.videoagent.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.model.AppliedEdit;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Suggestion;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.WordOp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Cache entries as the version before the closed-set enums wrote them (the strings below are its
 * output): they still read, and are written again byte for byte, so a deploy keeps the cache warm.
 */
class CachedDocumentsTest {

    private static final String GENERATION = "{\"id\": \"01jcached00000000000000000\", \"result\": {\"concept\": "
            + "\"귀여운 강아지\", \"language\": \"mixed\", \"target\": \"generic\", \"category\": \"animals\", "
            + "\"confidence\": 0.875, \"coverage\": 1.0, \"slots\": {\"subject\": [\"cute puppy\"]}, \"styles\": [], "
            + "\"structure\": {\"subjects\": [], \"objects\": [], \"actions\": [], \"settings\": [], \"negated\": []}, "
            + "\"prompt\": \"A cute golden retriever puppy\", \"negativePrompt\": \"blurry\", \"trace\": [{\"term\": "
            + "\"puppy\", \"slot\": \"subject\", \"source\": \"input\", \"from\": \"강아지\", \"conceptId\": "
            + "\"animal.puppy\", \"relation\": null}, {\"term\": \"golden retriever\", \"slot\": \"learned\", "
            + "\"source\": \"learned\", \"from\": \"key:animal.puppy: added in 4 edited prompts\", \"conceptId\": null, "
            + "\"relation\": null}], \"unrecognized\": []}, \"stored\": true, \"fromHistory\": null, \"rewrite\": "
            + "{\"status\": \"rejected\", \"reason\": \"no rewrite model is configured\", \"model\": null}, "
            + "\"learned\": [{\"op\": \"add\", \"term\": \"golden retriever\", \"scope\": \"key:animal.puppy\", "
            + "\"support\": 4, \"share\": 0.8}]}";

    private static final GeneratedPrompt GENERATED = new GeneratedPrompt("01jcached00000000000000000",
            new PromptResult("귀여운 강아지", Language.MIXED, Target.GENERIC, "animals", 0.875, 1.0,
                    Map.of("subject", List.of("cute puppy")), List.of(), IdeaStructure.EMPTY,
                    "A cute golden retriever puppy", "blurry",
                    List.of(TraceEntry.input("puppy", Slot.SUBJECT, "강아지", "animal.puppy"),
                            TraceEntry.learned("golden retriever", "key:animal.puppy: added in 4 edited prompts")),
                    List.of()),
            true, false, Optional.empty(), RewriteOutcome.rejected("no rewrite model is configured", null),
            List.of(new LearnedEdit(LearnedEdit.Kind.ADD, "golden retriever", "key:animal.puppy", 4, 0.8, false)));

    private static final String SUGGESTIONS = "{\"items\": [{\"promptId\": \"01jp\", \"concept\": \"c\", \"prompt\": "
            + "\"p\", \"similarity\": 0.9, \"editCount\": 1, \"appliedEdits\": [{\"version\": 1, \"ops\": [{\"op\": "
            + "\"replace\", \"position\": 1, \"before\": [\"cute\"], \"after\": [\"fluffy\"]}, {\"op\": \"insert\", "
            + "\"position\": 3, \"before\": [], \"after\": [\"happily\"]}]}], \"own\": true, \"people\": 1}, "
            + "{\"promptId\": null, \"concept\": null, \"prompt\": \"q\", \"similarity\": 0.8, \"editCount\": 4, "
            + "\"appliedEdits\": [], \"own\": false, \"people\": 3}]}";

    private static final List<Suggestion> SUGGESTED = List.of(Suggestion.own("01jp", "c", "p", 0.9,
            List.of(new AppliedEdit(1, List.of(new WordOp(WordOp.Kind.REPLACE, 1, List.of("cute"), List.of("fluffy")),
                    new WordOp(WordOp.Kind.INSERT, 3, List.of(), List.of("happily"))))), 1),
            Suggestion.settled("q", 0.8, 4, 3));

    @Test
    void aGenerationCachedBeforeReadsBackAndIsWrittenTheSame() {
        assertThat(RedisPromptCache.generation(Document.parse(GENERATION))).isEqualTo(GENERATED);
        // read back as not personal (cached before personal learning); written, it says so
        assertThat(RedisPromptCache.generation(GENERATED).toJson())
                .isEqualTo(GENERATION.replace("\"share\": 0.8}", "\"share\": 0.8, \"personal\": false}"));
    }

    @Test
    void suggestionsOwnAndSettledReadBackAsWritten() {
        assertThat(RedisPromptCache.suggestions(Document.parse(SUGGESTIONS))).isEqualTo(SUGGESTED);
        assertThat(RedisPromptCache.suggestions(SUGGESTED).toJson()).isEqualTo(SUGGESTIONS);
    }

    @Test
    void aValueOutsideAClosedSetIsRejectedByName() {
        assertThatThrownBy(() -> RedisPromptCache.generation(Document.parse(
                GENERATION.replace("\"status\": \"rejected\"", "\"status\": \"failed\""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown RewriteOutcome.Status 'failed'");
        assertThatThrownBy(() -> RedisPromptCache.generation(Document.parse(
                GENERATION.replace("\"op\": \"add\"", "\"op\": \"ADD\""))))
                .hasMessageStartingWith("Unknown LearnedEdit.Kind 'ADD'");
        assertThatThrownBy(() -> RedisPromptCache.suggestions(Document.parse(
                SUGGESTIONS.replace("\"op\": \"insert\"", "\"op\": \"move\""))))
                .hasMessageStartingWith("Unknown WordOp.Kind 'move'");
    }
}
