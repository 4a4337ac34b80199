package dev.videoagent.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.AppliedEdit;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.ReusedPrompt;
import dev.videoagent.core.model.Suggestion;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.Unrecognized;
import dev.videoagent.core.model.WordOp;
import dev.videoagent.core.port.PromptCache;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One behaviour for every PromptCache: the in-memory one and the Redis one run this same suite. */
abstract class PromptCacheContract {

    /** A structure with every part filled, so a round trip that loses one fails. */
    static final IdeaStructure STRUCTURE = new IdeaStructure(
            List.of(new IdeaStructure.Thing("puppy", List.of("cute"), false)),
            List.of(new IdeaStructure.Thing("ball", List.of("red"), true)),
            List.of(new IdeaStructure.Action("chasing", "puppy", "ball", "paw", List.of("across a meadow"))),
            List.of("a meadow"), List.of("rain"));

    protected abstract PromptCache cache();

    static GeneratedPrompt generated(String id) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        slots.put("subject", List.of("cute puppy"));
        slots.put("time", List.of());
        PromptResult result = new PromptResult("귀여운 강아지 {\"$gt\":\"\"} a.b", Language.KO, Target.GENERIC, "animals", 0.875, 1.0, slots, List.of("cinematic style"), STRUCTURE, "A cute golden retriever puppy, golden hour", "blurry", List.of(new TraceEntry("puppy", "subject", TraceEntry.Source.INPUT, "강아지", "animal.puppy"),
                        new TraceEntry("golden retriever", "learned", TraceEntry.Source.LEARNED, "key:animal.puppy", null)), List.of(new Unrecognized("🐶", 10, 12)));
        return new GeneratedPrompt(id, result, true, false, Optional.of(new ReusedPrompt(Optional.of("01jpast000000000000000000"), 1)),
                RewriteOutcome.rejected("rewrite dropped the subject 'puppy'", "model-x"),
                List.of(new LearnedEdit(LearnedEdit.Kind.ADD, "golden retriever", "key:animal.puppy", 4, 0.8, false)));
    }

    static List<Suggestion> suggestions() {
        return List.of(Suggestion.own("01jpast000000000000000000", "a cute puppy", "A fluffy puppy",
                0.93, List.of(new AppliedEdit(1,
                        List.of(new WordOp(WordOp.Kind.REPLACE, 1, List.of("cute"), List.of("fluffy"))))), 1),
                Suggestion.settled("A fluffy puppy, golden hour", 0.91, 5, 3),
                Suggestion.own("01jpast000000000000000001", "강아지", "A puppy", 0.5, List.of(), 1));
    }

    @Test
    void scopesStartAtVersionZeroAndInvalidatingMovesThemOn() {
        assertThat(cache().versions(List.of("key:animal.puppy", "category:animals")))
                .containsExactly(Map.entry("key:animal.puppy", 0L), Map.entry("category:animals", 0L));

        cache().invalidate(List.of("key:animal.puppy"));
        cache().invalidate(List.of("key:animal.puppy", "category:animals"));

        assertThat(cache().versions(List.of("key:animal.puppy", "category:animals", "key:other")))
                .containsExactly(Map.entry("key:animal.puppy", 2L), Map.entry("category:animals", 1L),
                        Map.entry("key:other", 0L));
    }

    @Test
    void aGenerationComesBackExactlyAsPut() {
        cache().putGeneration("v1:gen:abc", generated("01jabcdefghjkmnpqrstvwxyz0"), Duration.ofMinutes(1));

        assertThat(cache().generation("v1:gen:abc")).contains(generated("01jabcdefghjkmnpqrstvwxyz0"));
        assertThat(cache().generation("v1:gen:other")).isEmpty();
    }

    @Test
    void aSuggestionListComesBackExactlyAsPut() {
        cache().putSuggestions("v1:sug:abc", suggestions(), Duration.ofMinutes(1));
        cache().putSuggestions("v1:sug:empty", List.of(), Duration.ofMinutes(1));

        assertThat(cache().suggestions("v1:sug:abc")).contains(suggestions());
        assertThat(cache().suggestions("v1:sug:empty")).contains(List.of());
        assertThat(cache().suggestions("v1:sug:none")).isEmpty();
    }

    /** Lets {@code time} pass for the cache's entries (a test clock, or the server's own clock). */
    protected abstract void elapse(Duration time) throws InterruptedException;

    @Test
    void entriesExpireAfterTheirTtl() throws InterruptedException {
        cache().putGeneration("v1:gen:short", generated("01jabcdefghjkmnpqrstvwxyz1"), Duration.ofMillis(150));
        cache().putSuggestions("v1:sug:long", suggestions(), Duration.ofMinutes(1));
        assertThat(cache().generation("v1:gen:short")).isPresent();

        elapse(Duration.ofMillis(400));

        assertThat(cache().generation("v1:gen:short")).isEmpty();
        assertThat(cache().suggestions("v1:sug:long")).isPresent();
    }
}
