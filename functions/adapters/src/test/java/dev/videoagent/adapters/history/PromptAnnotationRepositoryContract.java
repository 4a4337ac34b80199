package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.port.PromptAnnotationRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One suite for the in-memory and the Mongo annotation repositories. */
abstract class PromptAnnotationRepositoryContract {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract PromptAnnotationRepository repository();

    @Test
    void aPromptWithoutLabelsOrRatingsHasNone() {
        assertThat(repository().find("01jnothing0000000000000000")).isEqualTo(PromptAnnotations.NONE);
    }

    @Test
    void aLabelNamesOneVersionMovesWhenPutAgainAndComesOffOnce() {
        repository().putLabel("p1", "favorite", 0);
        repository().putLabel("p1", "a.b$c", 1);
        repository().putLabel("p1", "favorite", 2);
        repository().putLabel("p2", "final", 0);

        assertThat(repository().find("p1").labels()).isEqualTo(Map.of("favorite", 2, "a.b$c", 1));
        assertThat(repository().removeLabel("p1", "a.b$c")).isTrue();
        assertThat(repository().removeLabel("p1", "a.b$c")).isFalse();
        assertThat(repository().find("p1").labels()).isEqualTo(Map.of("favorite", 2));
        assertThat(repository().find("p2").labels()).isEqualTo(Map.of("final", 0));
    }

    @Test
    void aVersionsRatingIsReplacedByTheNextOneAndKeepsItsNote() {
        repository().rateVersion("p1", 1, new Rating(Rating.Score.DOWN, Optional.of("too dark"), AT));
        repository().rateVersion("p1", 2, new Rating(Rating.Score.UP, Optional.empty(), AT));
        repository().rateVersion("p1", 1, new Rating(Rating.Score.UP, Optional.of("better now"), AT.plusSeconds(5)));

        assertThat(repository().find("p1").versionRatings()).isEqualTo(Map.of(
                1, new Rating(Rating.Score.UP, Optional.of("better now"), AT.plusSeconds(5)),
                2, new Rating(Rating.Score.UP, Optional.empty(), AT)));
    }
}
