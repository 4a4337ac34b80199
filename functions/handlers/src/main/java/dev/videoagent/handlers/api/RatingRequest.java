package dev.videoagent.handlers.api;

/** JSON body of the rating routes: {@code score} 1 (up) or -1 (down), an optional note. */
public record RatingRequest(Integer score, String note) {
}
