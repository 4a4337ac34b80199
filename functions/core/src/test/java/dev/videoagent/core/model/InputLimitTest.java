package dev.videoagent.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.usecase.GeneratePromptCommand;
import dev.videoagent.core.usecase.RecordEditCommand;
import dev.videoagent.core.usecase.StartRenderCommand;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputLimitTest {

    @Test
    void aTextAtItsLimitPassesAndOneCharacterMoreIsRefusedWithTheFieldAndNumbers() {
        assertThat(InputLimit.PROMPT.check("prompt", "x".repeat(2000))).hasSize(2000);
        assertThatThrownBy(() -> InputLimit.PROMPT.check("prompt", "x".repeat(2001)))
                .isInstanceOfSatisfying(InputTooLongException.class, e -> {
                    assertThat(e.field()).isEqualTo("prompt");
                    assertThat(e.length()).isEqualTo(2001);
                    assertThat(e.limit()).isEqualTo(2000);
                })
                .hasMessage("Field 'prompt' has 2001 characters; the limit is 2000.");
    }

    @Test
    void charactersAreCodePointsSoAnEmojiIsOne() {
        assertThat(InputLimit.CONCEPT.check("concept", "😀".repeat(500))).isNotEmpty();
        assertThatThrownBy(() -> InputLimit.CONCEPT.check("concept", "😀".repeat(501)))
                .isInstanceOf(InputTooLongException.class);
    }

    @Test
    void whatCanBeSavedCanBeRenderedTheEditorsLimitIsTheRendersLimit() {
        String longest = "a".repeat(InputLimit.PROMPT.maxChars());
        assertThat(new RecordEditCommand(Optional.empty(), "a", longest).edited()).isEqualTo(longest);
        assertThat(new StartRenderCommand(longest, Optional.empty(), new RenderSettings(5, 640, 360, 24)).prompt())
                .isEqualTo(longest);
        assertThatThrownBy(() -> new StartRenderCommand(longest + "a", Optional.empty(),
                new RenderSettings(5, 640, 360, 24))).isInstanceOf(InputTooLongException.class);
        assertThatThrownBy(() -> new RecordEditCommand(Optional.empty(), "a", longest + "a"))
                .isInstanceOf(InputTooLongException.class);
        assertThatThrownBy(() -> new GeneratePromptCommand("가".repeat(501), false))
                .isInstanceOfSatisfying(InputTooLongException.class, e -> assertThat(e.field()).isEqualTo("concept"));
    }

    @Test
    void theTableListsEveryLimitInOrder() {
        assertThat(InputLimit.table()).containsExactly(java.util.Map.entry("concept", 500),
                java.util.Map.entry("prompt", 2000), java.util.Map.entry("negative", 500), java.util.Map.entry("message", 200), java.util.Map.entry("note", 500),
                java.util.Map.entry("label", 32));
    }
}
