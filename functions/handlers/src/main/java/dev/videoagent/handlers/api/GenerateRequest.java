package dev.videoagent.handlers.api;

import java.util.Map;

/** JSON body of {@code POST /api/prompts}. */
public record GenerateRequest(String concept, Map<String, Object> options) {
}
