package dev.videoagent.core.port;
import dev.videoagent.core.model.RenderStatus;
import java.util.Optional;

/**
 * Port: where a running render's status is kept for the status route (Redis/ElastiCache). Writing it
 * is best effort for the task; reading it is how the API reports progress.
 */
public interface RenderProgress {

    void update(RenderStatus status);

    Optional<RenderStatus> latest(String jobId);
}
