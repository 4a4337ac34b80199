package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.Colors;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.Palette;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.SceneFigure;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the scene grammar draws, read back from the pixels: settings give different backdrops, subjects
 * different figures where they stand, a colour changes its figure and not the sky, night is dark, frames move.
 * Thresholds are mean absolute differences of RGB channels (0-255), set against the difference motion alone
 * makes between two frames of the same scene, so "different" means far more than "moved".
 */
class SceneDecodingTest {

    private static final RenderSettings SMALL = new RenderSettings(5, 640, 360, 24);
    private static final Palette NOON = new Palette(0x3c8cf5, 0xd2ebff, 0x82be64, 0xffffff, 1.0);
    private static final Palette NIGHT = new Palette(0x070a1c, 0x151b3d, 0x0a0c14, 0xffffff, 1.0);

    private static RenderPlan plan(Palette palette, Backdrop backdrop, List<SceneFigure> figures) {
        return new RenderPlan(11L, palette, List.of(MotionLayer.CLOUDS), 0.6, 1.0, CameraMove.STATIC, backdrop, figures,
                "", Optional.empty(), false);
    }

    private static SceneFigure figure(Figure f) {
        return new SceneFigure(f, FigureMotion.STAND, Optional.empty(), 1.0);
    }

    private static BufferedImage frame(RenderPlan plan, RenderSettings settings, int n) {
        FrameSynthesizer frames = new FrameSynthesizer(plan, settings, false);
        BufferedImage image = frames.newBuffer();
        frames.draw(n, image);
        return image;
    }

    private static BufferedImage frame(RenderPlan plan) {
        return frame(plan, SMALL, 48);
    }

    /** Mean absolute channel difference over the rectangle [x0, x1) x [y0, y1) given as fractions of the frame. */
    static double difference(BufferedImage a, BufferedImage b, double x0, double y0, double x1, double y1) {
        long sum = 0;
        long n = 0;
        for (int y = (int) (y0 * a.getHeight()); y < (int) (y1 * a.getHeight()); y++) {
            for (int x = (int) (x0 * a.getWidth()); x < (int) (x1 * a.getWidth()); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                n += 3;
            }
        }
        return (double) sum / n;
    }

    private static double meanLuma(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                sum += Colors.luma(image.getRGB(x, y) & 0xffffff);
            }
        }
        return sum / ((image.getHeight() / 2.0) * (image.getWidth() / 2.0));
    }

    @Test
    void theSameSubjectInDifferentSettingsStandsBeforeClearlyDifferentBackdrops() {
        List<Backdrop> settings = List.of(Backdrop.CITY, Backdrop.FOREST, Backdrop.BEACH, Backdrop.SPACE);
        List<SceneFigure> dog = List.of(figure(Figure.DOG));
        // motion alone: the same city a second apart
        double moved = difference(frame(plan(NOON, Backdrop.CITY, dog), SMALL, 24),
                frame(plan(NOON, Backdrop.CITY, dog), SMALL, 48), 0, 0, 1, 0.5);
        for (int i = 0; i < settings.size(); i++) {
            for (int j = i + 1; j < settings.size(); j++) {
                double apart = difference(frame(plan(NOON, settings.get(i), dog)), frame(plan(NOON, settings.get(j), dog)),
                        0, 0, 1, 0.5);
                assertThat(apart).as("%s vs %s, upper half", settings.get(i), settings.get(j))
                        .isGreaterThan(Math.max(8.0, moved * 5));
            }
        }
    }

    @Test
    void differentSubjectsInTheSameSettingDifferWhereTheFigureStands() {
        BufferedImage dog = frame(plan(NOON, Backdrop.MEADOW, List.of(figure(Figure.DOG))));
        BufferedImage car = frame(plan(NOON, Backdrop.MEADOW, List.of(figure(Figure.CAR))));
        BufferedImage none = frame(plan(NOON, Backdrop.MEADOW, List.of()));
        // one figure stands in the middle, its feet at 0.84 of the height
        assertThat(difference(dog, car, 0.35, 0.55, 0.65, 0.9)).isGreaterThan(10);
        assertThat(difference(dog, none, 0.35, 0.55, 0.65, 0.9)).as("a figure where there was none").isGreaterThan(5);
        assertThat(difference(none, frame(plan(NOON, Backdrop.MEADOW, List.of())), 0, 0, 1, 1))
                .as("no subject, no figure: the bare backdrop every time").isZero();
    }

    @Test
    void aColourModifierChangesTheFigureAndNotTheSky() {
        SceneFigure red = new SceneFigure(Figure.CAR, FigureMotion.STAND, Optional.of(0xd62828), 1.0);
        SceneFigure blue = new SceneFigure(Figure.CAR, FigureMotion.STAND, Optional.of(0x1c4fd6), 1.0);
        BufferedImage a = frame(plan(NOON, Backdrop.ROAD, List.of(red)));
        BufferedImage b = frame(plan(NOON, Backdrop.ROAD, List.of(blue)));
        assertThat(difference(a, b, 0, 0, 1, 0.4)).as("the sky").isZero();
        assertThat(difference(a, b, 0.35, 0.6, 0.65, 0.9)).as("the car").isGreaterThan(10);
    }

    @Test
    void nightIsFarDarkerThanNoonAndLitWindowsShowInTheCity() {
        BufferedImage noon = frame(plan(NOON, Backdrop.CITY, List.of()));
        BufferedImage night = frame(plan(NIGHT, Backdrop.CITY, List.of()));
        // the sky goes from about 200 to 20, and what is lit by it falls to 0.45 of its light
        assertThat(meanLuma(noon) - meanLuma(night)).isGreaterThan(50);
        long lit = 0;
        for (int y = 0; y < night.getHeight() * 0.64; y++) {
            for (int x = 0; x < night.getWidth(); x++) {
                if (night.getRGB(x, y) == (0xff000000 | 0xffd27a)) {
                    lit++;
                }
            }
        }
        assertThat(lit).as("warm lit windows in the night skyline").isGreaterThan(200);
    }

    @Test
    void framesMoveAndTheSameFrameIsTheSamePixels() {
        RenderPlan running = plan(NOON, Backdrop.MEADOW, List.of(new SceneFigure(Figure.DOG, FigureMotion.RUN,
                Optional.empty(), 1.0)));
        assertThat(difference(frame(running, SMALL, 0), frame(running, SMALL, 60), 0, 0.5, 1, 1)).isGreaterThan(1);
        assertThat(difference(frame(running, SMALL, 60), frame(running, SMALL, 60), 0, 0, 1, 1)).isZero();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"640, 360", "1920, 1080"})
    void everyBackdropAndEveryFigureRenders(int width, int height) {
        RenderSettings settings = new RenderSettings(5, width, height, 24);
        for (Backdrop backdrop : Backdrop.values()) {
            assertThat(meanLuma(frame(plan(NOON, backdrop, List.of()), settings, 30))).as(backdrop.name()).isPositive();
        }
        for (Figure f : Figure.values()) {
            // every motion at the small size; at the large one the figure's own, which is what costs time there
            for (FigureMotion motion : width > 640 ? List.of(f.naturalMotion()) : List.of(FigureMotion.values())) {
                frame(plan(NIGHT, Backdrop.OPEN_LAND, List.of(new SceneFigure(f, motion, Optional.empty(), 1.0))),
                        settings, 30);
            }
            BufferedImage with = frame(plan(NOON, Backdrop.OPEN_LAND, List.of(figure(f))), settings, 30);
            BufferedImage without = frame(plan(NOON, Backdrop.OPEN_LAND, List.of()), settings, 30);
            assertThat(difference(with, without, 0, 0, 1, 1)).as("%s shows", f).isGreaterThan(0.05);
        }
    }
}
