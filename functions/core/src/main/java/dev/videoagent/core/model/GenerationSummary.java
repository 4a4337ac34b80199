package dev.videoagent.core.model;
import java.time.Instant;
import java.util.List;

/**
 * A posting of the concept-key index: just what the first scoring pass reads of a past generation.
 * The few best candidates are then read whole.
 */
public record GenerationSummary(String id, List<String> conceptKeys, Instant createdAt) {

    public GenerationSummary {
        conceptKeys = List.copyOf(conceptKeys);
    }

    public static GenerationSummary of(GenerationRecord record) {
        return new GenerationSummary(record.id(), ConceptKeys.of(record.result()), record.createdAt());
    }
}
