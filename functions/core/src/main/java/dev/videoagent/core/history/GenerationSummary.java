package dev.videoagent.core.history;

import java.time.Instant;
import java.util.List;

/** What suggestion scoring reads of a past generation, kept beside its concept-key postings. */
public record GenerationSummary(String id, String concept, List<String> conceptKeys, String prompt,
                                Instant createdAt) {

    public GenerationSummary {
        conceptKeys = List.copyOf(conceptKeys);
    }

    public static GenerationSummary of(GenerationRecord record) {
        return new GenerationSummary(record.id(), record.result().concept(), ConceptKeys.of(record.result()),
                record.result().prompt(), record.createdAt());
    }
}
