package dev.videoagent.nori;

import dev.videoagent.core.prompt.CategoryDefaults;
import dev.videoagent.core.prompt.Lexicon;
import dev.videoagent.core.prompt.PromptEngine;
import dev.videoagent.core.prompt.SenseRules;

/** Assembles the prompt engine with the bundled lexicon and Nori. */
public final class PromptEngines {

    private PromptEngines() {
    }

    public static PromptEngine createDefault() {
        return create(Lexicon.loadDefault());
    }

    /** The engine over a lexicon the caller also uses (the renderer reads its attributes). */
    public static PromptEngine create(Lexicon lexicon) {
        return new PromptEngine(lexicon, new NoriKoreanMorphology(lexicon.koreanNouns()), SenseRules.loadDefault(),
                CategoryDefaults.loadDefault());
    }
}
