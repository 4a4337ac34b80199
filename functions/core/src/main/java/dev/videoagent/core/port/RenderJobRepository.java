package dev.videoagent.core.port;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: render job records (DocumentDB / the embedded Mongo server). Lookups are by id and by the
 * request hash, both index lookups. Throws DependencyUnavailableException when the store does not answer.
 */
public interface RenderJobRepository {

    void save(RenderJobRecord record);

    Optional<RenderJobRecord> find(String jobId);

    /** The newest job for an identical request (same prompt and settings). */
    Optional<RenderJobRecord> findByRequestHash(String requestHash);

    /** Sets (or replaces) the owner's rating of the job's result. */
    void rate(String jobId, Rating rating);

    /** The jobs rendered from one saved prompt, oldest first. */
    List<RenderJobRecord> ofPrompt(String promptId);

    /** The jobs created at or after {@code since}, oldest first: what a restarted runtime checks. */
    List<RenderJobRecord> createdSince(Instant since);
}
