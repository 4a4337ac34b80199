package dev.videoagent.core.port;

import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Render jobs in a map: the fake of {@link RenderJobRepository}, held to the same contract as the Mongo adapter. */
public final class InMemoryRenderJobRepository implements RenderJobRepository {

    private static final Comparator<RenderJobRecord> OLDEST_FIRST = Comparator.comparing(RenderJobRecord::createdAt)
            .thenComparing(RenderJobRecord::jobId);

    private final Map<String, RenderJobRecord> records = new LinkedHashMap<>();
    private final Map<String, String> byHash = new LinkedHashMap<>();

    @Override
    public synchronized void save(RenderJobRecord record) {
        records.put(record.jobId(), record);
        byHash.put(record.requestHash(), record.jobId());
    }

    @Override
    public synchronized Optional<RenderJobRecord> find(String jobId) {
        return Optional.ofNullable(records.get(jobId));
    }

    @Override
    public synchronized Optional<RenderJobRecord> findByRequestHash(String requestHash) {
        return Optional.ofNullable(byHash.get(requestHash)).map(records::get);
    }

    @Override
    public synchronized void rate(String jobId, Rating rating) {
        RenderJobRecord r = records.get(jobId);
        if (r != null) {
            records.put(jobId, r.withRating(rating));
        }
    }

    @Override
    public synchronized List<RenderJobRecord> ofPrompt(String promptId) {
        return records.values().stream().filter(r -> r.promptId().filter(promptId::equals).isPresent())
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<RenderJobRecord> createdSince(Instant since) {
        return records.values().stream().filter(r -> !r.createdAt().isBefore(since)).sorted(OLDEST_FIRST).toList();
    }

    /** Every stored job, in the order saved. */
    public synchronized Map<String, RenderJobRecord> all() {
        return Map.copyOf(records);
    }
}
