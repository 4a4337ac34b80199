package dev.videoagent.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewriteGuardTest {

    private static final PromptResult RULES = new PromptResult("귀여운 강아지가 뛰노는", "ko", "animals", 0.8,
            Map.of("subject", List.of("cute puppy"), "action", List.of("running")), List.of(),
            "A cute puppy running", "blurry",
            List.of(new TraceEntry("puppy", "subject", "input", "강아지", "animal.puppy"),
                    new TraceEntry("running", "action", "input", "뛰놀다", "action.run"),
                    new TraceEntry("high detail", "quality", "default", "default:any.quality", null)),
            List.of());

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
}
