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
        Lexicon lexicon = Lexicon.loadDefault();
        return new PromptEngine(lexicon, new NoriKoreanMorphology(lexicon.koreanNouns()), SenseRules.loadDefault(),
                CategoryDefaults.loadDefault());
    }
}
