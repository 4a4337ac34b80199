package dev.videoagent.nori;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Assembles the prompt engine with the bundled lexicon and Nori. */
public final class PromptEngines {

    private PromptEngines() {
    }

    /** The bundled lexicon and the engine over it (the renderer reads the lexicon's attributes too). */
    public record Bundled(Lexicon lexicon, PromptEngine engine) {
    }

    public static PromptEngine createDefault() {
        return loadBundled().engine();
    }

    /**
     * The bundled lexicon and its engine. The lexicon is read on a second thread while Nori's user dictionary
     * (chosen at build time) is built on this one: they do not depend on each other, and together they are most
     * of the start-up.
     */
    public static Bundled loadBundled() {
        CompletableFuture<Lexicon> lexicon = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                lexicon.complete(Lexicon.loadDefault());
            } catch (RuntimeException | Error e) {
                lexicon.completeExceptionally(e);
            }
        }, "lexicon-reader");
        reader.setDaemon(true);
        reader.start();
        NoriKoreanMorphology morphology = NoriKoreanMorphology.forBundledLexicon(() -> join(lexicon).koreanNouns());
        Lexicon loaded = join(lexicon);
        return new Bundled(loaded, new PromptEngine(PromptEngine.Knowledge.load(loaded), morphology));
    }

    private static Lexicon join(CompletableFuture<Lexicon> lexicon) {
        try {
            return lexicon.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The engine over the bundled lexicon the caller also uses (the renderer reads its attributes). Nori's
     * system dictionaries load on the first analysis; {@link #warmUp} does that ahead of the first request.
     */
    public static PromptEngine create(Lexicon lexicon) {
        return new PromptEngine(PromptEngine.Knowledge.load(lexicon),
                NoriKoreanMorphology.forBundledLexicon(lexicon::koreanNouns));
    }

    /** Loads what the first prompt would otherwise wait for (Nori's 24 MB of system dictionaries). */
    public static void warmUp(PromptEngine engine) {
        engine.generate("준비된 엔진");
    }
}
