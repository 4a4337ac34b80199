package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule-based prompt engine: a video idea in Korean, English or both -> an English
 * text-to-video prompt. Pure and deterministic: the same text always gives the same result.
 */
public final class PromptEngine {

    private final ConceptExtractor extractor;
    private final SceneBuilder scenes;
    private final PromptComposer composer = new PromptComposer();

    public PromptEngine(Lexicon lexicon, KoreanMorphology morphology, SenseRules senses, CategoryDefaults defaults) {
        this.extractor = new ConceptExtractor(lexicon, morphology, senses);
        this.scenes = new SceneBuilder(defaults);
    }

    public PromptResult generate(String idea) {
        String normalized = TextNormalizer.nfc(idea).strip();
        String cleaned = TextNormalizer.clean(normalized);
        ConceptExtractor.Extraction extraction = extractor.extract(cleaned);
        Scene scene = scenes.build(extraction.mentions());
        PromptComposer.Composition composition = composer.compose(scene);
        return new PromptResult(normalized, language(cleaned), scene.category, scene.confidence, slots(scene),
                styles(scene), composition.prompt(), composition.negativePrompt(), composition.trace(),
                extraction.unknown().stream().filter(w -> !Hangul.containsHangul(w)).toList());
    }

    static String language(String text) {
        long hangul = text.codePoints().filter(Hangul::isSyllable).count();
        long latin = text.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        if (hangul > 0 && latin > 0) {
            return "mixed";
        }
        return hangul > 0 ? "ko" : latin > 0 ? "en" : "unknown";
    }

    private static Map<String, List<String>> slots(Scene scene) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        List<String> subjects = new ArrayList<>();
        for (Scene.Subject subject : scene.subjects) {
            StringBuilder text = new StringBuilder();
            subject.modifiers().forEach(m -> text.append(m.text()).append(' '));
            Concept noun = subject.noun().concept().orElseThrow();
            text.append(subject.plural() ? PromptComposer.plural(noun) : noun.english());
            subject.part().ifPresent(part -> text.append(subject.possessive() ? "'s " : " with ").append(part.text()));
            subjects.add(text.toString());
        }
        slots.put("subject", subjects);
        slots.put("object", texts(scene.objects));
        List<String> actions = new ArrayList<>();
        if (!scene.actions.isEmpty()) {
            scene.get(Slot.MANNER).forEach(t -> actions.add(t.text()));
        }
        scene.actions.forEach(t -> actions.add(t.text()));
        slots.put("action", actions);
        List<String> setting = new ArrayList<>(texts(scene.get(Slot.PLACE)));
        scene.names.forEach(t -> setting.add(t.text()));
        slots.put("setting", setting);
        slots.put("time", texts(scene.get(Slot.TIME)));
        slots.put("weather", texts(scene.get(Slot.WEATHER)));
        slots.put("season", texts(scene.get(Slot.SEASON)));
        slots.put("lighting", texts(scene.get(Slot.LIGHTING)));
        slots.put("mood", texts(scene.get(Slot.MOOD)));
        slots.put("color", texts(scene.get(Slot.COLOR)));
        slots.put("style", texts(scene.get(Slot.STYLE)));
        List<String> camera = new ArrayList<>();
        for (Slot slot : List.of(Slot.SHOT, Slot.ANGLE, Slot.MOVEMENT, Slot.SPEED)) {
            camera.addAll(texts(scene.get(slot)));
        }
        slots.put("camera", camera);
        slots.put("quality", texts(scene.get(Slot.QUALITY)));
        return slots;
    }

    private static List<String> styles(Scene scene) {
        List<String> styles = new ArrayList<>(texts(scene.get(Slot.STYLE)));
        scene.get(Slot.MOOD).forEach(t -> styles.add(t.text()));
        return styles;
    }

    private static List<String> texts(List<Term> terms) {
        return terms.stream().map(Term::text).toList();
    }
}
