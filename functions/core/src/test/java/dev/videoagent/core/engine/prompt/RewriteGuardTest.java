package dev.videoagent.core.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewriteGuardTest {

    private static final PromptResult RULES = new PromptResult("귀여운 강아지가 뛰노는", Language.KO, Target.GENERIC, "animals", 0.8, 1.0, Map.of("subject", List.of("cute puppy"), "action", List.of("running")), List.of(), IdeaStructure.EMPTY, "A cute puppy running", "blurry", List.of(new TraceEntry("puppy", "subject", TraceEntry.Source.INPUT, "강아지", "animal.puppy"),
                    new TraceEntry("running", "action", TraceEntry.Source.INPUT, "뛰놀다", "action.run"),
                    new TraceEntry("high detail", "quality", TraceEntry.Source.DEFAULT, "default:any.quality", null)), List.of());

    @Test
    void acceptsARewriteThatKeepsSubjectsAndActions() {
        assertThat(RewriteGuard.rejection(RULES, "A fluffy little puppy runs across a sunny meadow")).isEmpty();
    }

    @Test
    void rejectsDroppedSubjectDroppedActionHangulAndLength() {
        assertThat(RewriteGuard.rejection(RULES, "A kitten running")).contains("rewrite dropped the subject 'puppy'");
        assertThat(RewriteGuard.rejection(RULES, "A puppy sleeping")).contains("rewrite dropped the action 'running'");
        assertThat(RewriteGuard.rejection(RULES, "A puppy running 강아지")).contains("rewrite contains Hangul");
        assertThat(RewriteGuard.rejection(RULES, "A puppy running " + "x".repeat(600)))
                .hasValueSatisfying(r -> assertThat(r).startsWith("rewrite is longer than 512"));
        assertThat(RewriteGuard.rejection(RULES, "  ")).contains("empty rewrite");
    }

    @Test
    void rejectsARewriteThatBringsBackANegatedThing() {
        PromptResult beach = new PromptResult("a beach without people", Language.EN, Target.GENERIC, "nature", 0.8, 1.0,
                Map.of("subject", List.of("sandy beach")), List.of(),
                new IdeaStructure(List.of(), List.of(), List.of(), List.of(), List.of("people")),
                "An empty sandy beach", "people, crowd", List.of(
                        new TraceEntry("sandy beach", "subject", TraceEntry.Source.INPUT, "beach", "place.beach"),
                        new TraceEntry("people", "negative", TraceEntry.Source.INPUT, "people", "person.people", "negated")),
                List.of());

        assertThat(RewriteGuard.rejection(beach, "An empty sandy beach at dawn, waves rolling in")).isEmpty();
        assertThat(RewriteGuard.rejection(beach, "A sandy beach with a few people strolling"))
                .contains("rewrite brings back the negated 'people'");
        assertThat(RewriteGuard.rejection(beach, "A sandy beach, no people in sight"))
                .contains("rewrite brings back the negated 'people'");
    }
}
