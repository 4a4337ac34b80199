package dev.videoagent.render;

import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.Palette;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.SceneFigure;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * One frame of every backdrop and of every figure, in a grid with their names: what the scene grammar can draw,
 * at a glance ({@code local/video-agent contact-sheet}, shown in docs/renderer.md).
 */
public final class ContactSheet {

    private static final int CELL_W = 320;
    private static final int CELL_H = 180;
    private static final int COLUMNS = 6;
    private static final int LABEL = 18;
    static final Palette DAY = new Palette(0x4696f0, 0xbee1ff, 0x6eaa5a, 0xd62828, 1.0);
    static final Palette NIGHT = new Palette(0x070a1c, 0x151b3d, 0x0a0c14, 0xffd166, 1.0);

    private ContactSheet() {
    }

    /** The plan of one cell: a backdrop alone, or a figure on open land, in daylight unless {@code night}. */
    static RenderPlan plan(Backdrop backdrop, List<SceneFigure> figures, boolean night) {
        return new RenderPlan(7L, night ? NIGHT : DAY, List.of(night ? MotionLayer.STARS : MotionLayer.CLOUDS), 0.5,
                1.0, CameraMove.STATIC, backdrop, figures, "", Optional.empty(), false);
    }

    /** Writes the sheet as PNG to {@code out}; returns how many cells it has. */
    public static int write(Path out) throws IOException {
        List<String> names = new ArrayList<>();
        List<RenderPlan> plans = new ArrayList<>();
        for (Backdrop b : Backdrop.values()) {
            names.add(b.name().toLowerCase(java.util.Locale.ROOT));
            plans.add(plan(b, List.of(), false));
        }
        names.add("city at night");
        plans.add(plan(Backdrop.CITY, List.of(), true));
        for (Figure f : Figure.values()) {
            names.add(f.name().toLowerCase(java.util.Locale.ROOT));
            Backdrop where = f.place() == Figure.Place.UNDERWATER ? Backdrop.UNDERWATER
                    : f.place() == Figure.Place.WATER ? Backdrop.LAKE : Backdrop.OPEN_LAND;
            plans.add(plan(where, List.of(new SceneFigure(f, f.naturalMotion(), Optional.empty(), 1.0)), false));
        }
        int rows = (plans.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage sheet = new BufferedImage(COLUMNS * CELL_W, rows * (CELL_H + LABEL), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        // the smallest size a render may have, shown at half size
        RenderSettings settings = new RenderSettings(5, 640, 360, 24);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (int i = 0; i < plans.size(); i++) {
            FrameSynthesizer frames = new FrameSynthesizer(plans.get(i), settings, false);
            BufferedImage frame = frames.newBuffer();
            frames.draw(frames.frames() * 2 / 5, frame);
            int x = (i % COLUMNS) * CELL_W;
            int y = (i / COLUMNS) * (CELL_H + LABEL);
            g.drawImage(frame, x, y, CELL_W, CELL_H, null);
            g.setColor(Color.BLACK);
            g.drawString(names.get(i), x + 4, y + CELL_H + 14);
        }
        g.dispose();
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(sheet, "png", out.toFile());
        return plans.size();
    }
}
