package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of the prompt for each target model (docs/prompt-engine.md names the guidance each follows):
 * {@code generic} comma-separated phrases; {@code hunyuan} the same in subject, motion, scene, shot, camera,
 * lighting, style, atmosphere order; {@code wan} and {@code ltx} descriptive paragraphs; {@code luma} a
 * caption led by the camera move, without negation words. All fit {@value PromptResult#MAX_PROMPT_CHARS}
 * characters and drop the least important scene words first when they would not.
 */
abstract class TargetLayout {

    /** The written prompt and the trace of the scene words it kept or dropped. */
    record Written(String prompt, List<TraceEntry> trace) {
    }

    static final List<Slot> TAIL_ORDER = List.of(Slot.TIME, Slot.WEATHER, Slot.SEASON, Slot.LIGHTING, Slot.MOOD,
            Slot.COLOR, Slot.SHOT, Slot.ANGLE, Slot.LENS, Slot.MOVEMENT, Slot.SPEED, Slot.STYLE, Slot.QUALITY);
    /** When too long, these go first (last in the list is dropped first). */
    static final List<Slot> KEEP_PRIORITY = List.of(Slot.TIME, Slot.WEATHER, Slot.LIGHTING, Slot.SPEED, Slot.MOVEMENT,
            Slot.SHOT, Slot.STYLE, Slot.SEASON, Slot.MOOD, Slot.ANGLE, Slot.LENS, Slot.COLOR, Slot.QUALITY);
    static final int MAX_CHARS = PromptResult.MAX_PROMPT_CHARS;

    private static final Map<Target, TargetLayout> LAYOUTS = Map.of(Target.GENERIC, new PhraseLayout(TAIL_ORDER),
            Target.HUNYUAN, new PhraseLayout(List.of(Slot.TIME, Slot.WEATHER, Slot.SEASON, Slot.SHOT, Slot.ANGLE,
                    Slot.LENS, Slot.MOVEMENT, Slot.SPEED, Slot.LIGHTING, Slot.COLOR, Slot.STYLE, Slot.QUALITY, Slot.MOOD)),
            Target.WAN, new ParagraphLayout(false), Target.LTX, new ParagraphLayout(true), Target.LUMA, new CaptionLayout());

    static TargetLayout of(Target target) {
        return LAYOUTS.get(target);
    }

    /** {@code motion} is the scene's energy (high, low) or empty, for the paragraph presets. */
    abstract Written write(String head, List<Term> tail, String motion);

    /** Drops the lowest-priority terms until {@code length} of the kept ones fits. */
    static List<Term> fit(List<Term> terms, java.util.function.ToIntFunction<List<Term>> length, int limit) {
        List<Term> kept = new ArrayList<>(terms);
        for (int p = KEEP_PRIORITY.size() - 1; p >= 0 && length.applyAsInt(kept) > limit; p--) {
            Slot slot = KEEP_PRIORITY.get(p);
            for (int i = kept.size() - 1; i >= 0 && length.applyAsInt(kept) > limit; i--) {
                if (kept.get(i).slot() == slot) {
                    kept.remove(i);
                }
            }
        }
        return kept;
    }

    static List<TraceEntry> traceOf(List<Term> all, List<Term> kept, String prompt) {
        List<TraceEntry> trace = new ArrayList<>();
        String lower = prompt.toLowerCase(Locale.ROOT);
        for (Term term : all) {
            if (!kept.contains(term)) {
                trace.add(TraceEntry.dropped(term.text(), term.slot().key(), "prompt length limit",
                        term.concept().map(c -> c.id()).orElse(null)));
            } else if (lower.contains(termText(term).toLowerCase(Locale.ROOT))) {
                trace.add(term.trace().withTerm(termText(term)));
            } else {
                trace.add(TraceEntry.dropped(term.text(), term.slot().key(), "already in the prompt",
                        term.concept().map(c -> c.id()).orElse(null)));
            }
        }
        return trace;
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Cuts at a word boundary within the limit, without a dangling comma or "and". */
    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit);
        String trimmed = text.substring(0, cut > 0 ? cut : limit);
        while (trimmed.endsWith(",") || trimmed.endsWith(" and") || trimmed.endsWith(" with")) {
            trimmed = trimmed.substring(0, trimmed.lastIndexOf(trimmed.endsWith(",") ? ',' : ' '));
        }
        return trimmed;
    }

    static String termText(Term term) {
        if (term.slot() == Slot.COLOR) {
            return term.concept().flatMap(c -> c.attribute("palette")).orElse(term.text());
        }
        return term.text();
    }
}
