package dev.videoagent.core.engine.render;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.Colors;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.Palette;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.TraceEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Render planning: the visual grammar of a prompt, read from the prompt engine's analysis of it and
 * the lexicon attributes of the concepts it found (no keyword lists of its own). Time of day sets
 * the base light ({@code group=timeofday:*}), weather and {@code tone=} attributes shift it, a named
 * color ({@code rgb=}) becomes the accent, {@code visual=} attributes become motion layers,
 * {@code energy=} sets how lively the motion is, {@code group=speed:*} slows or speeds it, and a
 * movement's {@code camera=} attribute moves the camera; the place and subjects become a backdrop and figures
 * ({@link SceneGrammar}).
 */
public final class RenderPlanner {

    private static final int WHITE = Colors.WHITE;
    private static final int BLACK = Colors.BLACK;

    /** Base light per time of day: sky top, sky at the horizon, ground. */
    private static final Map<String, int[]> TIME_OF_DAY = Map.of(
            "night", new int[] {0x070a1c, 0x151b3d, 0x0a0c14},
            "dawn", new int[] {0x46508c, 0xf4a896, 0x3c3746},
            "morning", new int[] {0x78b4f0, 0xdcebfa, 0x5a8250},
            "day", new int[] {0x4696f0, 0xbee1ff, 0x6eaa5a},
            "noon", new int[] {0x3c8cf5, 0xd2ebff, 0x82be64},
            "afternoon", new int[] {0x4a90e0, 0xc8e0f8, 0x6ea05a},
            "evening", new int[] {0x3c3278, 0xff8c3c, 0x462d28},
            "dusk", new int[] {0x3c2d6e, 0xf08246, 0x3c2823});
    private static final int[] UNSPECIFIED = {0x5a78aa, 0xaabed2, 0x5a645a};

    private final Lexicon lexicon;
    private final SceneCast cast;

    public RenderPlanner(Lexicon lexicon) {
        this(lexicon, SceneGrammar.loadDefault());
    }

    public RenderPlanner(Lexicon lexicon, SceneGrammar grammar) {
        this.lexicon = lexicon;
        this.cast = new SceneCast(lexicon, grammar);
    }

    /** The plan for a prompt the engine has analyzed; {@code title} is the person's own idea, if known. */
    public RenderPlan plan(PromptResult analysis, String prompt, Optional<String> title) {
        List<Concept> concepts = concepts(analysis);
        Set<String> groups = new LinkedHashSet<>();
        Set<String> tones = new LinkedHashSet<>();
        List<MotionLayer> layers = new ArrayList<>();
        double energySum = 0;
        int energyCount = 0;
        double speed = 1.0;
        CameraMove camera = null;
        Integer accent = null;
        for (Concept c : concepts) {
            c.attribute("group").ifPresent(groups::add);
            c.attribute("tone").ifPresent(tones::add);
            c.attribute("visual").flatMap(MotionLayer::ofVisual).filter(l -> !layers.contains(l)).ifPresent(layers::add);
            Optional<String> energy = c.attribute("energy");
            if (energy.isPresent()) {
                energySum += energy.get().equals("high") ? 1.0 : 0.25;
                energyCount++;
            }
            if (c.attribute("group").filter(g -> g.equals("speed:slow")).isPresent()) {
                speed = 0.35;
            } else if (c.attribute("group").filter(g -> g.equals("speed:fast")).isPresent()) {
                speed = 2.5;
            }
            if (camera == null) {
                camera = c.attribute("camera").flatMap(CameraMove::ofAttribute).orElse(null);
            }
            if (accent == null) {
                accent = c.attribute("rgb").map(RenderPlanner::parseRgb).orElse(null);
            }
        }
        String timeOfDay = groups.stream().filter(g -> g.startsWith("timeofday:")).map(g -> g.substring(10))
                .findFirst().orElse("");
        int[] base = TIME_OF_DAY.getOrDefault(timeOfDay, UNSPECIFIED);
        int top = base[0];
        int bottom = base[1];
        int ground = base[2];
        double saturation = 1.0;
        if (groups.contains("precip:rain")) {
            top = Colors.mix(Colors.desaturate(top, 0.6), BLACK, 0.35);
            bottom = Colors.mix(Colors.desaturate(bottom, 0.6), BLACK, 0.35);
            ground = Colors.mix(Colors.desaturate(ground, 0.5), BLACK, 0.3);
        } else if (groups.contains("precip:snow")) {
            top = Colors.mix(top, 0xdfe6f0, 0.35);
            bottom = Colors.mix(bottom, 0xf0f4fa, 0.45);
            ground = Colors.mix(ground, 0xf4f7fb, 0.7);
        }
        for (String tone : tones) {
            switch (tone) {
                case "bright" -> {
                    top = Colors.mix(top, WHITE, 0.25);
                    bottom = Colors.mix(bottom, WHITE, 0.3);
                    ground = Colors.mix(ground, WHITE, 0.25);
                }
                case "dark" -> {
                    top = Colors.mix(top, BLACK, 0.5);
                    bottom = Colors.mix(bottom, BLACK, 0.5);
                    ground = Colors.mix(ground, BLACK, 0.5);
                }
                case "warm" -> {
                    top = Colors.mix(top, 0xff9a3c, 0.15);
                    bottom = Colors.mix(bottom, 0xff9a3c, 0.25);
                }
                case "cool" -> {
                    top = Colors.mix(top, 0x3c78ff, 0.15);
                    bottom = Colors.mix(bottom, 0x3c78ff, 0.2);
                }
                case "neon" -> {
                    saturation = 1.6;
                    bottom = Colors.mix(bottom, 0xff2bd6, 0.3);
                    top = Colors.mix(top, 0x2b1bff, 0.2);
                }
                case "pastel" -> {
                    saturation = 0.6;
                    top = Colors.mix(top, WHITE, 0.3);
                    bottom = Colors.mix(bottom, 0xffd6e8, 0.35);
                }
                case "mono" -> {
                    saturation = 0.0;
                    top = Colors.desaturate(top, 1.0);
                    bottom = Colors.desaturate(bottom, 1.0);
                    ground = Colors.desaturate(ground, 1.0);
                }
                default -> {
                }
            }
        }
        if (accent == null) {
            accent = Colors.mix(bottom, WHITE, 0.6);
        }
        if (layers.isEmpty()) {
            // an empty sky still moves: stars at night, clouds by day
            layers.add(timeOfDay.equals("night") ? MotionLayer.STARS : MotionLayer.CLOUDS);
        }
        double energy = energyCount == 0 ? 0.6 : energySum / energyCount;
        SceneCast.Cast scene = cast.of(analysis.trace());
        return new RenderPlan(seed(prompt), new Palette(top, bottom, ground, accent, saturation), layers, energy,
                speed, camera == null ? CameraMove.ZOOM_IN : camera, scene.backdrop(), scene.figures(), prompt, title,
                false);
    }

    /** The fallback: one calm, fixed look whatever the prompt, so it cannot fail on what was asked. */
    public static RenderPlan fallback(String prompt, Optional<String> title) {
        return new RenderPlan(seed(prompt), new Palette(0x1e2a4a, 0x3d5a80, 0x293241, 0xee6c4d, 1.0),
                List.of(), 0.3, 1.0, CameraMove.STATIC, Backdrop.OPEN_LAND, List.of(), prompt, title, true);
    }

    private List<Concept> concepts(PromptResult analysis) {
        List<Concept> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TraceEntry entry : analysis.trace()) {
            if (entry.conceptId() != null && seen.add(entry.conceptId())) {
                lexicon.byId(entry.conceptId()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** FNV-1a over the prompt's UTF-8: stable across JVMs and machines. */
    public static long seed(String prompt) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : prompt.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    static int parseRgb(String hex) {
        return Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
    }
}
