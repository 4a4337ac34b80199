package dev.videoagent.core.model;

import dev.videoagent.core.error.ValidationException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Optional;

/** A person's verdict on a render or a prompt version: up or down, an optional one-line note, when. */
public record Rating(Score score, Optional<String> note, Instant ratedAt) {

    /** Up (+1) or down (-1): nothing in between, so a verdict is never ambiguous. */
    public enum Score {
        UP(1), DOWN(-1);

        private final int value;

        Score(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }

        public static Score of(Integer value) {
            if (value != null && value == 1) {
                return UP;
            }
            if (value != null && value == -1) {
                return DOWN;
            }
            throw new ValidationException("Field 'score' must be 1 (up) or -1 (down).");
        }
    }

    public Rating {
        note = note == null ? Optional.empty() : note.map(Rating::line).filter(n -> !n.isEmpty());
        note.ifPresent(n -> InputLimit.NOTE.check("note", n));
    }

    private static String line(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
