package dev.videoagent.render;

import dev.videoagent.core.model.Backdrop;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The plan's backdrop through the camera: its still part drawn once into an image with a margin the camera can
 * move over, blitted every frame, then its moving part.
 */
final class BackdropPainter implements Painter {

    /** How far past the frame's edges the still image reaches, for pans, orbits and shakes. */
    private static final double MARGIN = 0.08;

    private static final Map<Backdrop, BackdropArt> ARTS = Map.ofEntries(
            Map.entry(Backdrop.CITY, LandBackdrops.CITY), Map.entry(Backdrop.STREET, LandBackdrops.STREET),
            Map.entry(Backdrop.VILLAGE, LandBackdrops.VILLAGE), Map.entry(Backdrop.ROAD, LandBackdrops.ROAD),
            Map.entry(Backdrop.FOREST, LandBackdrops.FOREST), Map.entry(Backdrop.MEADOW, LandBackdrops.MEADOW),
            Map.entry(Backdrop.MOUNTAINS, OpenBackdrops.MOUNTAINS), Map.entry(Backdrop.DESERT, OpenBackdrops.DESERT),
            Map.entry(Backdrop.SNOWFIELD, OpenBackdrops.SNOWFIELD), Map.entry(Backdrop.SPACE, OpenBackdrops.SPACE),
            Map.entry(Backdrop.SKY, OpenBackdrops.SKY), Map.entry(Backdrop.OPEN_LAND, OpenBackdrops.OPEN_LAND),
            Map.entry(Backdrop.BEACH, WaterBackdrops.BEACH), Map.entry(Backdrop.OCEAN, WaterBackdrops.OCEAN),
            Map.entry(Backdrop.LAKE, WaterBackdrops.LAKE), Map.entry(Backdrop.RIVER, WaterBackdrops.RIVER),
            Map.entry(Backdrop.UNDERWATER, WaterBackdrops.UNDERWATER), Map.entry(Backdrop.ROOM, IndoorBackdrops.ROOM),
            Map.entry(Backdrop.KITCHEN, IndoorBackdrops.KITCHEN), Map.entry(Backdrop.CAFE, IndoorBackdrops.CAFE),
            Map.entry(Backdrop.LIBRARY, IndoorBackdrops.LIBRARY), Map.entry(Backdrop.STAGE, IndoorBackdrops.STAGE));

    private final Backdrop backdrop;
    private final BackdropArt art;
    private final Look look;
    /** The rows of the still image with some sky showing through, and the fully opaque rows below them. */
    private final BufferedImage seeThrough;
    private final BufferedImage opaque;
    private final int left;
    private final int seeThroughTop;
    private final int opaqueTop;

    BackdropPainter(Backdrop backdrop, Look look) {
        this.backdrop = backdrop;
        this.art = art(backdrop);
        this.look = look;
        this.left = (int) Math.round(look.width * MARGIN);
        int top = (int) Math.round(look.height * MARGIN);
        BufferedImage still = new BufferedImage(look.width + 2 * left, look.height + 2 * top, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = still.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(left, top);
            art.still(g, look);
        } finally {
            g.dispose();
        }
        // an opaque image is blitted several times faster than a translucent one: only the rows where the sky
        // shows through (a skyline, treetops) keep their alpha, the empty sky above them is not drawn at all
        int[] alpha = still.getAlphaRaster().getPixels(0, 0, still.getWidth(), still.getHeight(), (int[]) null);
        int w = still.getWidth();
        int firstPainted = still.getHeight();
        int firstOpaque = still.getHeight();
        for (int y = still.getHeight() - 1; y >= 0; y--) {
            boolean any = false;
            boolean all = true;
            for (int x = 0; x < w; x++) {
                int a = alpha[y * w + x];
                any |= a != 0;
                all &= a == 255;
            }
            if (any) {
                firstPainted = y;
            }
            if (all && firstOpaque == y + 1) {
                firstOpaque = y;
            }
        }
        firstPainted = Math.min(firstPainted, firstOpaque);
        this.seeThroughTop = firstPainted - top;
        this.opaqueTop = firstOpaque - top;
        // one row into the opaque part: under a zoom the two images never leave a gap between them
        this.seeThrough = firstOpaque > firstPainted ? copy(still, firstPainted,
                Math.min(still.getHeight(), firstOpaque + 1), BufferedImage.TYPE_INT_ARGB_PRE) : null;
        this.opaque = firstOpaque < still.getHeight() ? copy(still, firstOpaque, still.getHeight(), BufferedImage.TYPE_INT_RGB)
                : null;
    }

    private static BufferedImage copy(BufferedImage from, int y0, int y1, int type) {
        BufferedImage part = new BufferedImage(from.getWidth(), y1 - y0, type);
        Graphics2D g = part.createGraphics();
        g.drawImage(from, 0, -y0, null);
        g.dispose();
        return part;
    }

    static BackdropArt art(Backdrop backdrop) {
        return ARTS.get(backdrop);
    }

    /** Whether this backdrop hides the sky (indoors, space, under water). */
    boolean fillsFrame() {
        return backdrop.coversSky();
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        if (seeThrough != null) {
            g.drawImage(seeThrough, -left, seeThroughTop, null);
        }
        if (opaque != null) {
            g.drawImage(opaque, -left, opaqueTop, null);
        }
        art.moving(g, look, frame.motion());
    }
}
