package dev.videoagent.core.engine.prompt;

import dev.videoagent.core.engine.prompt.analysis.EnglishReader;
import dev.videoagent.core.engine.prompt.analysis.IdeaGraph;
import dev.videoagent.core.engine.prompt.analysis.KoreanMorphology;
import dev.videoagent.core.engine.prompt.analysis.KoreanReader;
import dev.videoagent.core.engine.prompt.compose.PromptComposer;
import dev.videoagent.core.engine.prompt.compose.ScenePrompts;
import dev.videoagent.core.engine.prompt.lexicon.CategoryDefaults;
import dev.videoagent.core.engine.prompt.lexicon.Consistency;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.engine.prompt.lexicon.SenseRules;
import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.engine.prompt.text.TextNormalizer;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Target;

/**
 * The rule-based prompt engine: a video idea in Korean, English or both -> an English text-to-video
 * prompt for a target model. Reads the idea's structure (who does what to what, where, what describes
 * what, what is negated), then writes the scene. Pure and deterministic: the same text always gives the
 * same result, in every process.
 */
public final class PromptEngine {

    /** Everything the engine reads its knowledge from; all of it is data bundled with the core. */
    public record Knowledge(Lexicon lexicon, SenseRules senses, RoleSenses roleSenses, FunctionWords words,
                            CategoryDefaults defaults, Consistency consistency) {

        public static Knowledge load(Lexicon lexicon) {
            return new Knowledge(lexicon, SenseRules.loadDefault(), RoleSenses.loadDefault(),
                    FunctionWords.loadDefault(), CategoryDefaults.loadDefault(), Consistency.loadDefault());
        }
    }

    private final KoreanReader korean;
    private final EnglishReader english;
    private final ScenePrompts scenes;

    public PromptEngine(Knowledge knowledge, KoreanMorphology morphology) {
        this.english = new EnglishReader(knowledge.lexicon(), knowledge.words(), knowledge.roleSenses());
        this.korean = new KoreanReader(morphology, knowledge.lexicon(), knowledge.senses(), knowledge.roleSenses(),
                knowledge.words(), english);
        this.scenes = new ScenePrompts(knowledge.defaults(), knowledge.consistency(), knowledge.lexicon());
    }

    public PromptResult generate(String idea) {
        return generate(idea, Target.GENERIC);
    }

    public PromptResult generate(String idea, Target target) {
        String normalized = TextNormalizer.nfc(idea).strip();
        String cleaned = TextNormalizer.clean(normalized);
        IdeaGraph graph = Hangul.containsHangul(cleaned) ? korean.read(cleaned) : english.read(cleaned, 0);
        ScenePrompts.Written written = scenes.write(graph, target);
        PromptComposer.Composition c = written.composition();
        return new PromptResult(normalized, language(cleaned), target, written.category(), written.confidence(),
                graph.coverage(), c.slots(), c.styles(), c.structure(), c.prompt(), c.negativePrompt(), c.trace(),
                graph.unrecognized());
    }

    static Language language(String text) {
        long hangul = text.codePoints().filter(Hangul::isSyllable).count();
        long latin = text.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        if (hangul > 0 && latin > 0) {
            return Language.MIXED;
        }
        return hangul > 0 ? Language.KO : latin > 0 ? Language.EN : Language.UNKNOWN;
    }
}
