package dev.videoagent.core.model;
import java.time.Instant;
import java.util.List;

/**
 * A posting of the concept-key index: just what the first scoring pass reads of a past generation, and whose it
 * is (so one person's many prompts cannot crowd out everyone else's). The few best candidates are then read whole.
 */
public record GenerationSummary(String id, UserId owner, List<String> conceptKeys, Instant createdAt) {

    public GenerationSummary {
        conceptKeys = List.copyOf(conceptKeys);
    }

    public static GenerationSummary of(GenerationRecord record) {
        return new GenerationSummary(record.id(), record.owner(), ConceptKeys.of(record.result()), record.createdAt());
    }
}
