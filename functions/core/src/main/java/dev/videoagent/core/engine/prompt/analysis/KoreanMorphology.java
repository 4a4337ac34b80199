package dev.videoagent.core.engine.prompt.analysis;

import java.util.List;

/**
 * Port: Korean morphological analysis. Returns the morphemes of a text in order, without spaces
 * and punctuation; inflected words are split into stem and ending, compounds keep their parts.
 */
public interface KoreanMorphology {

    List<Morpheme> analyze(String text);
}
