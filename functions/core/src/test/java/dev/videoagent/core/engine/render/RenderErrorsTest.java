package dev.videoagent.core.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderErrorsTest {

    @Test
    void theContainerReasonWithoutItsClassNameIsTheSentence() {
        assertThat(RenderErrors.forPeople("{\"Containers\":[{\"Reason\":\"java.lang.IllegalArgumentException: "
                + "Invalid environment variable value\"}]}")).isEqualTo("Invalid environment variable value.");
        assertThat(RenderErrors.forPeople("task ran longer than 2 s and was stopped"))
                .isEqualTo("Task ran longer than 2 s and was stopped.");
    }

    @Test
    void nothingUsefulBecomesAPlainSentenceAndLongCausesAreCut() {
        assertThat(RenderErrors.forPeople(null)).isEqualTo("The render failed; please try again.");
        assertThat(RenderErrors.forPeople("{\"LastStatus\":\"STOPPED\"}")).isEqualTo("The render failed; please try again.");
        assertThat(RenderErrors.forPeople("x".repeat(1000))).hasSizeLessThan(210);
    }
}
