package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptive paragraphs for models trained on long captions. {@code wan} (Wan 2.x: subject, scene, motion,
 * aesthetics, style; about 80-120 words) and {@code ltx} (LTX-Video: one chronological paragraph, the main
 * action first, then appearance and environment, camera, lighting and colors; at most 150 words).
 */
final class ParagraphLayout extends TargetLayout {

    /** Below this many words before the style sentence, a Wan prompt gets its composition described. */
    private static final int SHORT_WAN_WORDS = 70;

    private final boolean ltx;

    ParagraphLayout(boolean ltx) {
        this.ltx = ltx;
    }

    @Override
    Written write(String head, List<Term> tail, String motion) {
        int maxWords = ltx ? 150 : 120;
        List<Term> kept = fit(tail, terms -> words(render(head, terms, motion)), maxWords);
        String prompt = render(head, kept, motion);
        int maxChars = (ltx ? Target.LTX : Target.WAN).maxChars();
        while (words(prompt) > maxWords || prompt.length() > maxChars) {
            prompt = truncate(prompt, Math.min(maxChars, prompt.length() - 1));
        }
        return new Written(prompt, traceOf(tail, kept, prompt));
    }

    private String render(String head, List<Term> terms, String motion) {
        List<String> sentences = new ArrayList<>();
        sentences.add(capitalize(head) + ".");
        List<String> when = texts(terms, Slot.TIME, Slot.SEASON);
        List<String> weather = texts(terms, Slot.WEATHER);
        if (!when.isEmpty() || !weather.isEmpty()) {
            String scene = "It takes place" + (when.isEmpty() ? "" : " " + String.join(", ", when))
                    + (weather.isEmpty() ? "" : (when.isEmpty() ? " amid " : ", amid ") + String.join(" and ", weather));
            sentences.add(scene + ".");
        }
        sentences.add(switch (motion) {
            case "high" -> "The movement is fast and dynamic, with natural weight, momentum and follow-through in every"
                    + " motion.";
            case "low" -> "The movement is slow and gentle, with subtle, natural motion and small details shifting over"
                    + " time.";
            default -> "Everything moves smoothly and naturally, with subtle motion in the air and light.";
        });
        String camera = camera(terms);
        if (!camera.isEmpty()) {
            sentences.add(camera + (ltx ? "." : ", keeping the main subject in sharp focus against a softly blurred"
                    + " background."));
        }
        List<String> light = texts(terms, Slot.LIGHTING);
        List<String> mood = texts(terms, Slot.MOOD);
        List<String> color = texts(terms, Slot.COLOR);
        if (!light.isEmpty() || !mood.isEmpty() || !color.isEmpty()) {
            StringBuilder look = new StringBuilder();
            look.append(light.isEmpty() ? "The light" : capitalize(String.join(" and ", light)));
            look.append(light.size() > 1 ? " fill" : " fills").append(" the scene");
            if (!ltx) {
                look.append(" with natural highlights and soft shadows");
            }
            if (!mood.isEmpty()) {
                look.append(", creating ").append(withArticle(String.join(" and ", mood)));
            }
            if (!color.isEmpty()) {
                look.append(", with ").append(String.join(" and ", color));
            }
            sentences.add(look + ".");
        }
        if (!ltx) {
            sentences.add("The background stays coherent and detailed, with natural depth and realistic textures.");
        }
        if (!ltx && words(String.join(" ", sentences)) < SHORT_WAN_WORDS) {
            // Wan is trained on long captions: a short idea gets the composition spelled out, not new content
            sentences.add("The composition is balanced, with clear separation between the subject and the"
                    + " background and a natural sense of scale.");
        }
        List<String> style = texts(terms, Slot.STYLE, Slot.QUALITY);
        if (!style.isEmpty()) {
            sentences.add(capitalize(String.join(", ", style)) + (ltx ? "." : ", with lifelike textures and smooth,"
                    + " natural motion."));
        }
        return String.join(" ", sentences);
    }

    /** "Framed as a close-up shot, filmed with a slow pan, in slow motion": every camera term in one sentence. */
    private static String camera(List<Term> terms) {
        List<String> framing = articled(texts(terms, Slot.SHOT, Slot.ANGLE));
        List<String> filmed = articled(texts(terms, Slot.MOVEMENT, Slot.LENS));
        List<String> speed = texts(terms, Slot.SPEED);
        List<String> parts = new ArrayList<>();
        if (!framing.isEmpty()) {
            parts.add("framed as " + PhraseWriter.join(framing));
        }
        if (!filmed.isEmpty()) {
            parts.add("filmed with " + PhraseWriter.join(filmed));
        }
        if (!speed.isEmpty()) {
            parts.add("in " + PhraseWriter.join(speed));
        }
        return capitalize(String.join(", ", parts));
    }

    private static List<String> articled(List<String> phrases) {
        return phrases.stream().map(ParagraphLayout::withArticle).toList();
    }

    private static String withArticle(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ") || lower.endsWith("s")) {
            return phrase;
        }
        return Phrases.article(phrase) + phrase;
    }

    private static List<String> texts(List<Term> terms, Slot... slots) {
        List<String> out = new ArrayList<>();
        for (Slot slot : slots) {
            for (Term term : terms) {
                if (term.slot() == slot) {
                    out.add(termText(term));
                }
            }
        }
        return out;
    }

    static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
