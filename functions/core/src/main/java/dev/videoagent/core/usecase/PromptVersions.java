package dev.videoagent.core.usecase;

import dev.videoagent.core.engine.diff.WordDiff;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.DiffStats;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WordOp;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.PromptAnnotationRepository;
import dev.videoagent.core.port.RenderJobRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: one prompt as its owner sees it, every version with what changed from the one before, its message and
 * the renders made of it with their ratings, its labels and rating ({@code GET /api/prompts/{id}}), and the word diff between any two versions
 * ({@code GET /api/prompts/{id}/compare}). Another person's prompt is answered as one that does not exist.
 */
public final class PromptVersions {

    /** A render of a version (or of text that is no saved version). */
    public record RenderOfVersion(String jobId, RenderSettings settings, Instant createdAt, Optional<Rating> rating) {
        static RenderOfVersion of(RenderJobRecord job) {
            return new RenderOfVersion(job.jobId(), job.settings(), job.createdAt(), job.rating());
        }
    }

    /**
     * Version n: its text, the word ops and stats from version n-1 (none for 0), message, time, the renders made of
     * it, its labels and its owner's rating.
     */
    public record Version(int version, String text, List<WordOp> ops, Optional<DiffStats> stats,
                          Optional<String> message, Instant createdAt, List<RenderOfVersion> renders,
                          List<String> labels, Optional<Rating> rating) {
        public Version {
            ops = List.copyOf(ops);
            renders = List.copyOf(renders);
            labels = List.copyOf(labels);
        }
    }

    /** The prompt, oldest version first, and the renders of text that was never saved as a version. */
    public record PromptView(GenerationRecord generation, List<Version> versions, List<RenderOfVersion> unsavedRenders) {
        public PromptView {
            versions = List.copyOf(versions);
            unsavedRenders = List.copyOf(unsavedRenders);
        }
    }

    /** The word diff from version {@code from} to version {@code to}. */
    public record Comparison(String promptId, int from, int to, String fromText, String toText, List<WordOp> ops,
                             DiffStats stats) {
        public Comparison {
            ops = List.copyOf(ops);
        }
    }

    private final HistoryRepository history;
    private final RenderJobRepository renders;
    private final PromptAnnotationRepository annotations;

    public PromptVersions(HistoryRepository history, RenderJobRepository renders,
                          PromptAnnotationRepository annotations) {
        this.history = history;
        this.renders = renders;
        this.annotations = annotations;
    }

    public PromptView view(UserId caller, String promptId) {
        HistoryEntry entry = OwnedPrompts.entry(history, caller, promptId);
        List<RenderJobRecord> jobs = renders.ofPrompt(promptId).stream().filter(j -> j.owner().equals(caller)).toList();
        PromptAnnotations notes = annotations.find(promptId);
        List<Version> versions = new ArrayList<>();
        GenerationRecord generation = entry.generation();
        versions.add(new Version(0, generation.result().prompt(), List.of(), Optional.empty(), Optional.empty(),
                generation.createdAt(), rendersOf(jobs, 0), labelsOf(notes, 0),
                Optional.ofNullable(notes.versionRatings().get(0))));
        String previous = generation.result().prompt();
        for (EditRecord edit : entry.edits()) {
            // the stored ops are the diff from the version before when the edit was made on it (every edit since
            // versions were checked); else they are computed here
            WordDiff.Result diff = edit.original().equals(previous) ? new WordDiff.Result(edit.ops(), edit.stats())
                    : WordDiff.diff(previous, edit.edited());
            versions.add(new Version(edit.version(), edit.edited(), diff.ops(), Optional.of(diff.stats()),
                    edit.message(), edit.createdAt(), rendersOf(jobs, edit.version()), labelsOf(notes, edit.version()),
                    Optional.ofNullable(notes.versionRatings().get(edit.version()))));
            previous = edit.edited();
        }
        List<RenderOfVersion> unsaved = jobs.stream().filter(j -> j.promptVersion().isEmpty())
                .map(RenderOfVersion::of).toList();
        return new PromptView(generation, versions, unsaved);
    }

    public Comparison compare(UserId caller, String promptId, int from, int to) {
        HistoryEntry entry = OwnedPrompts.entry(history, caller, promptId);
        String fromText = text(entry, from, "from");
        String toText = text(entry, to, "to");
        WordDiff.Result diff = WordDiff.diff(fromText, toText);
        return new Comparison(promptId, from, to, fromText, toText, diff.ops(), diff.stats());
    }

    private static String text(HistoryEntry entry, int version, String parameter) {
        if (version < 0) {
            throw new ValidationException("Parameter '" + parameter + "' must be 0 (the generated prompt) or a version.");
        }
        return OwnedPrompts.text(entry, version);
    }

    private static List<String> labelsOf(PromptAnnotations notes, int version) {
        return notes.labels().entrySet().stream().filter(e -> e.getValue() == version).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static List<RenderOfVersion> rendersOf(List<RenderJobRecord> jobs, int version) {
        return jobs.stream().filter(j -> j.promptVersion().filter(v -> v == version).isPresent())
                .map(RenderOfVersion::of).toList();
    }
}
