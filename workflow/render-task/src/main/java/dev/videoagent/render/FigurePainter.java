package dev.videoagent.render;

import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;
import dev.videoagent.core.model.SceneFigure;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * The plan's figures, side by side across the frame: each where it lives (on the ground, in the air, on or
 * under the water), as big as it is next to a person, moving as its motion says: walking, running and driving
 * across the frame and back in from the other side, jumping, dancing, flying in waves, floating, spinning.
 */
final class FigurePainter implements Painter {

    /** A person's height as a fraction of the frame's. */
    private static final double PERSON = 0.3;

    private final List<SceneFigure> figures;
    private final Backdrop backdrop;
    private final Look look;
    private final double energy;

    FigurePainter(List<SceneFigure> figures, Backdrop backdrop, Look look, double energy) {
        this.figures = List.copyOf(figures);
        this.backdrop = backdrop;
        this.look = look;
        this.energy = energy;
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        for (int i = 0; i < figures.size(); i++) {
            paint(g, figures.get(i), i, frame.motion());
        }
    }

    private void paint(Graphics2D g, SceneFigure f, int index, double t) {
        Figure figure = f.figure();
        FigureMotion motion = f.motion();
        // small things (a butterfly, a bird) still big enough to see
        double size = Math.max(0.1, Math.min(0.6, PERSON * figure.size() * f.scale())) * look.height;
        double lively = 0.5 + energy;
        double phase = t * (motion == FigureMotion.RUN ? 9 : motion == FigureMotion.SLEEP ? 1.2 : 5) * lively
                + index * 1.7;
        double slot = (index + 1.0) / (figures.size() + 1);
        double x = look.width * slot;
        double y = groundFor(figure, index);
        double travel = switch (motion) {
            case RUN -> 0.16;
            case DRIVE -> 0.2;
            case FLY -> 0.1;
            case WALK, SWIM -> 0.05;
            default -> 0;
        };
        if (travel > 0) {
            double span = look.width * 1.4;
            x = Scene.wrap(x + t * travel * lively * look.width + look.width * 0.2, span) - look.width * 0.2;
        }
        double angle = 0;
        double squash = 1;
        switch (motion) {
            case JUMP -> y -= Math.abs(Math.sin(phase * 0.5)) * size * 0.45;
            case RUN -> y -= Math.abs(Math.sin(phase)) * size * 0.06;
            case DANCE -> {
                angle = Math.sin(phase * 0.5) * 0.2;
                y -= Math.abs(Math.sin(phase * 0.5)) * size * 0.08;
            }
            case FLY -> y += Math.sin(t * 1.4 + index) * size * 0.3;
            case FLOAT -> {
                y += Math.sin(t * 0.9 + index) * size * 0.15;
                x += Math.sin(t * 0.4 + index) * look.width * 0.02;
            }
            case SWIM -> y += Math.sin(t * 1.1 + index) * size * 0.12;
            case SPIN -> angle = t * 1.6 * lively;
            case SLEEP -> squash = 0.78 + 0.05 * Math.sin(t * 2.5); // curled up low, breathing
            default -> {
            }
        }
        if (figure.place() == Figure.Place.GROUND && !backdrop.coversSky() && backdrop != Backdrop.SKY) {
            shadow(g, x, groundFor(figure, index), size);
        }
        AffineTransform keep = g.getTransform();
        g.translate(x, y);
        g.rotate(angle, 0, -size * 0.5);
        g.scale(size, size * squash);
        Pen pen = new Pen(g, look);
        Pose pose = new Pose(motion, phase, f.color().orElse(-1));
        art(pen, figure, pose);
        g.setTransform(keep);
        if (motion == FigureMotion.SLEEP) {
            sleeping(g, x, y - size * 0.9, size, t);
        }
    }

    /** Three z's rising from a sleeper and fading, one after another. */
    private static void sleeping(Graphics2D g, double x, double y, double size, double t) {
        for (int i = 0; i < 3; i++) {
            double f = Scene.wrap(t * 0.35 + i / 3.0, 1.0);
            double s = size * (0.22 + 0.22 * f);
            double zx = x + size * (0.25 + 0.3 * f);
            double zy = y - size * 0.6 * f;
            g.setColor(new Color(255, 255, 255, (int) (220 * (1 - f))));
            g.setStroke(new java.awt.BasicStroke((float) Math.max(1.5, s * 0.16)));
            java.awt.geom.Path2D.Double z = new java.awt.geom.Path2D.Double();
            z.moveTo(zx, zy);
            z.lineTo(zx + s, zy);
            z.lineTo(zx, zy + s);
            z.lineTo(zx + s, zy + s);
            g.draw(z);
        }
        g.setStroke(new java.awt.BasicStroke(1f));
    }

    /** Where the figure's feet are: on the ground near the viewer, high in the air, at the water line, below it. */
    private double groundFor(Figure figure, int index) {
        double ground = look.horizon + look.height * (0.2 + 0.03 * (index % 2));
        return switch (figure.place()) {
            case AIR -> look.height * (0.42 + 0.08 * (index % 2));
            case WATER -> backdrop.water() || backdrop == Backdrop.BEACH ? look.horizon + look.height * 0.09 : ground;
            case UNDERWATER -> backdrop == Backdrop.UNDERWATER || backdrop.water()
                    ? look.height * (0.6 + 0.1 * (index % 2)) : look.height * 0.55;
            case GROUND -> backdrop == Backdrop.UNDERWATER ? look.height * 0.9 : ground;
        };
    }

    private void shadow(Graphics2D g, double x, double y, double size) {
        g.setColor(new Color(0, 0, 0, 55));
        g.fill(new Ellipse2D.Double(x - size * 0.4, y - size * 0.05, size * 0.8, size * 0.1));
    }

    static void art(Pen pen, Figure figure, Pose pose) {
        boolean night = pen.look().night;
        switch (figure) {
            case PERSON, CHILD, COUPLE, DANCER, RUNNER, ASTRONAUT, SANTA, ROBOT -> PeopleArt.draw(pen, figure, pose);
            case DOG, CAT, HORSE, RABBIT, DEER, BEAR, FOX, ELEPHANT, PENGUIN, ANIMAL -> AnimalArt.draw(pen, figure, pose);
            case BIRD, BUTTERFLY, DRAGON, AIRPLANE, HELICOPTER, ROCKET, BALLOON, KITE, LANTERN ->
                    FlyingArt.draw(pen, figure, pose);
            case FISH, WHALE, JELLYFISH -> WaterArt.draw(pen, figure, pose);
            case CAR, BUS, TRAIN, BICYCLE, MOTORCYCLE, BOAT, SHIP -> VehicleArt.draw(pen, figure, pose, night);
            default -> ThingArt.draw(pen, figure, pose, night);
        }
    }
}
