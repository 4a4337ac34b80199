package dev.videoagent.render;

import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.SceneFigure;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Frames of every backdrop by day and by night, every figure in more than one motion and colour, every weather
 * layer and every camera move, drawn and thrown away: a standby's JIT has then compiled the drawing code any job
 * takes, not only the one scene of its warm-up render (a job of another scene ran a third slower without this).
 */
final class SceneWarmUp {

    /** Frames drawn of each plan: its start, middle and end, where motion and camera differ most. */
    private static final int FRAMES_PER_PLAN = 3;

    private SceneWarmUp() {
    }

    /**
     * The plans that together cover the scene grammar: one per backdrop and time of day, each with a few
     * figures, two weather layers and a camera move, taken round-robin so every value appears.
     */
    static List<RenderPlan> plans() {
        Backdrop[] backdrops = Backdrop.values();
        Figure[] figures = Figure.values();
        FigureMotion[] motions = FigureMotion.values();
        MotionLayer[] layers = MotionLayer.values();
        CameraMove[] cameras = CameraMove.values();
        int figuresPerPlan = Math.max(1, (2 * figures.length + 2 * backdrops.length - 1) / (2 * backdrops.length));
        List<RenderPlan> plans = new ArrayList<>();
        int figure = 0;
        for (int i = 0; i < 2 * backdrops.length; i++) {
            boolean night = i % 2 == 1;
            List<SceneFigure> cast = new ArrayList<>();
            for (int k = 0; k < figuresPerPlan; k++, figure++) {
                Figure f = figures[figure % figures.length];
                // the first round in each figure's own motion, the next in the others in turn
                FigureMotion motion = figure < figures.length ? f.naturalMotion() : motions[figure % motions.length];
                Optional<Integer> color = figure % 2 == 0 ? Optional.empty() : Optional.of(0x3060c0 + figure * 0x0a0f03);
                cast.add(new SceneFigure(f, motion, color, 0.6 + (figure % 5) * 0.2));
            }
            plans.add(new RenderPlan(i + 1L, night ? ContactSheet.NIGHT : ContactSheet.DAY,
                    List.of(layers[(2 * i) % layers.length], layers[(2 * i + 1) % layers.length]), (i % 4) / 3.0,
                    i % 3 == 0 ? 0.5 : 1.0, cameras[i % cameras.length], backdrops[i / 2], cast, "warm-up",
                    Optional.of("warm-up"), false));
        }
        plans.add(new RenderPlan(0L, ContactSheet.DAY, List.of(), 0.5, 1.0, CameraMove.STATIC, Backdrop.OPEN_LAND,
                List.of(), "warm-up", Optional.empty(), true));
        return List.copyOf(plans);
    }

    /** How many frames a whole warm-up draws. */
    static int frames() {
        return FRAMES_PER_PLAN * plans().size();
    }

    /** Draws the plans at {@code settings}' size, stopping early once {@code stop} says so; returns frames drawn. */
    static int draw(RenderSettings settings, BooleanSupplier stop) {
        int drawn = 0;
        BufferedImage buffer = null;
        for (RenderPlan plan : plans()) {
            if (stop.getAsBoolean()) {
                break;
            }
            FrameSynthesizer frames = new FrameSynthesizer(plan, settings, true);
            if (buffer == null) {
                buffer = frames.newBuffer();
            }
            for (int k = 0; k < FRAMES_PER_PLAN; k++) {
                frames.draw(k * (frames.frames() - 1) / (FRAMES_PER_PLAN - 1), buffer);
                drawn++;
            }
        }
        return drawn;
    }
}
