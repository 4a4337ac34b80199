package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.render.RenderPlanner;
import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.Palette;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.SceneFigure;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Frames are promised to be a pure function of (plan, settings, frame index): these digests were taken
 * when the scene grammar (backdrops and figures) came in, so any change to what a frame looks like, or to
 * the order the seed's random numbers are drawn in, shows up here, and so would a JVM or machine that draws
 * the same shapes differently. Between them the plans use every motion layer and camera move, backdrops of
 * each family (land, water, indoors, under water), several figures at once, dark and light skies, with and
 * without a title, and the fallback.
 */
class FrameSynthesizerDigestTest {

    private static final RenderSettings SETTINGS = new RenderSettings(5, 640, 360, 24);
    private static final Palette NIGHT = new Palette(0x0b1030, 0x2a3560, 0x202830, 0xffd166, 1.0);
    private static final Palette DAY = new Palette(0x5aa9e6, 0xbfe3ff, 0x4f772d, 0xd62828, 1.2);
    private static final Palette DUSK = new Palette(0x3b1f5c, 0xff8c61, 0x35281e, 0x2ec4b6, 1.6);

    /** The first and last frames, and two in between where every layer is well under way. */
    private static final int[] FRAMES = {0, 31, 77, SETTINGS.frames() - 1};

    /** SHA-256 of the frame's pixels, one row per plan, one column per {@link #FRAMES} entry. */
    private static final String[][] EXPECTED = {
        {"1ef8af369c5e2c84207eb52c87090def259a2895cdc49295516d1bf36faf30f2",
         "a291a2a9b98b30392821ba8e4878a89bf678348e15f7d56d1570b3ff00dc75ee",
         "bb31c0dae936bf58a8e870e4d3229926b1839f4ce1492802ef11e53b996319d2",
         "e1a66a24e7062d17acfe015f5aefb17e41b56f8e2d8d29db94c133dd9601f299"},
        {"8eb39247d5aa150bfdbfcce0e53cc7e83be45c8d5d0103c9f3be00b9a16636f5",
         "381aa1def0844faaa333d529bba49e99cc8e9b24d4b30a3a84ebe85398874a7c",
         "fec079803a7ab6f3fbcf54ab0905befac23ccbdd7bbbe82c04e33e8eb7c7009b",
         "4856b4abf32b82454526a7079510b0f8cfdf3b35f6bcf10cb01b97b0f99950af"},
        {"c9a4eece989a0d99c06f9cc6515e1e672ca649613ee2e2c1b7538ff1f9397c9f",
         "77dc2025006ebdd9356c666c41c7c178ef2d2de4886ef1d6dabbf27bf6d9b97d",
         "b9d481c6da0f4d741bd63b20daf568c05cc845288483f70ed59970238c9f04ce",
         "67add70616c7ebaac4250d911ff28b6e3f34476f088d6f9b8d153fbfc6512392"},
        {"932059e78e88b9a65efd7a7bee20b84f51df676ba53e3cd116e098695215a208",
         "4958fec0e880b47331e2be57242206eb1b8edd0fa47b3d768a784642403d716a",
         "3ee6874ee7a519aa77efbbf6ce39935eb31647302814b3485f7c46066b468a33",
         "3426ddff8abb19b341546b7b14c4fcfebb5e4a48ab0cecb36ce48c7df890fbcb"},
        {"d516c61b2030b8ac3948f93c7d68d32206d279e0e0a12f49da61e2b1e7b5cf93",
         "46a60dfedcc3f199865065b4c5f6b1521165e453fed0be5d12750a36f0b19202",
         "979090bebf06e1d6b654f25f3c8606e8d221027c636a557de18a748a325c4d1e",
         "16151894054c8c1e79b2e95edbb86eeaf022b56ac5ee5a85593b2d71cdc91601"},
        {"ed538433c1c1e90f5d10feee63f628e720224338586a9f4c2f78b6e7af7af913",
         "2db1a81c8c01850014333f09997b5b50507b5a592acf7a3dcf9280a65c68def5",
         "ecdc689864297b941185824fa7a1fa494d22f7eb610d1af8bc42c37b6999dec9",
         "501d9a8ad2d9300bb7927d6ef6a960a47a9c12bb3fe3be3ae1fbbb09729a4cbe"},
        {"ada688a111dec71eae97d12251bcb448d3e43c0489b14c2189fbc2537d109cc7",
         "b05547fdcb03ba7a9ad82e531bd6d74838fcc8cfbd8de09bd32ae7542c3bd410",
         "fd7c078269930705fb80ed9bbf85f3498322ef07040b11218d4fae59ca7884d1",
         "665066110e5a73d5357782fb5a206b57f2a65b9490598632335db16bcdb00411"},
        {"270940ebea8da4b224bd54b005efafea474fd925d3c04b5674a12f6ceecdd0f2",
         "76611d52afd7cd5656f6bf05f0a4d69e3ef5dead23c728383e37805a7b467051",
         "b67006b373671f9526ebc5b35c1ffeb19f16b9a4cbc4e405fb03cc3cf2a38bdd",
         "91ce04e0d867a520c9778406bba97a91037afa11e4ad105d6a0890145bea8c05"},
    };

    private static RenderPlan plan(long seed, Palette palette, List<MotionLayer> layers, double energy, double speed,
                                   CameraMove camera, Backdrop backdrop, List<Figure> figures, String caption,
                                   String title) {
        List<SceneFigure> cast = figures.stream().map(f -> new SceneFigure(f, f.naturalMotion(),
                f == Figure.CAR ? Optional.of(0xd62828) : Optional.empty(), f == Figure.FOX ? 0.65 : 1.0)).toList();
        return new RenderPlan(seed, palette, layers, energy, speed, camera, backdrop, cast, caption,
                Optional.ofNullable(title), false);
    }

    private static List<RenderPlan> plans() {
        return List.of(
                plan(1L, NIGHT, List.of(MotionLayer.SNOW, MotionLayer.STARS, MotionLayer.CLOUDS), 0.4, 1.0,
                        CameraMove.ZOOM_IN, Backdrop.VILLAGE, List.of(Figure.SANTA, Figure.HOUSE), "gently falling snow over a Santa village at night",
                        "눈 내리는 산타마을"),
                plan(-7_324_512_993L, NIGHT, List.of(MotionLayer.RAIN, MotionLayer.NEON), 0.9, 1.3,
                        CameraMove.PAN, Backdrop.STREET, List.of(Figure.CAR, Figure.PERSON), "비 오는 밤거리의 네온 간판", null),
                plan(42L, DAY, List.of(MotionLayer.PETALS, MotionLayer.LEAVES, MotionLayer.BUBBLES), 0.6, 0.8,
                        CameraMove.ZOOM_OUT, Backdrop.MEADOW, List.of(Figure.FOX, Figure.BUTTERFLY), "a fox in the spring garden", "Spring"),
                plan(0x5eed_f00dL, NIGHT, List.of(MotionLayer.FIREWORKS, MotionLayer.SPARKS), 1.0, 1.5,
                        CameraMove.ORBIT, Backdrop.CITY, List.of(Figure.COUPLE), "fireworks over the harbor at night", null),
                plan(9_001L, DUSK, List.of(MotionLayer.WAVES, MotionLayer.FIREFLIES, MotionLayer.CLOUDS), 0.3, 0.7,
                        CameraMove.TILT, Backdrop.OCEAN, List.of(Figure.DRAGON, Figure.SHIP), "a dragon over the sea at dusk", "Dusk"),
                plan(123_456_789L, DAY, List.of(MotionLayer.FIREWORKS, MotionLayer.SNOW, MotionLayer.RAIN), 0.7, 1.0,
                        CameraMove.STATIC, Backdrop.STAGE, List.of(Figure.DANCER), "", null),
                plan(77L, DUSK, List.of(MotionLayer.STARS, MotionLayer.NEON, MotionLayer.FIREFLIES), 0.5, 1.1,
                        CameraMove.SHAKE, Backdrop.UNDERWATER, List.of(Figure.WHALE, Figure.FISH, Figure.JELLYFISH), "🎄🎅✨ 눈 내리는 산타마을 🦌🛷", "🎄"),
                RenderPlanner.fallback("fireworks over the harbor at night", Optional.of("눈 내리는 산타마을")));
    }

    static Stream<Arguments> frames() {
        List<RenderPlan> plans = plans();
        return IntStream.range(0, plans.size()).boxed().flatMap(p -> IntStream.range(0, FRAMES.length)
                .mapToObj(f -> Arguments.of(p, plans.get(p), FRAMES[f], EXPECTED[p][f])));
    }

    @ParameterizedTest(name = "plan {0}, frame {2}")
    @MethodSource("frames")
    void aFrameHasThePixelsItWasRecordedWith(int planIndex, RenderPlan plan, int frame, String expected)
            throws Exception {
        FrameSynthesizer synth = new FrameSynthesizer(plan, SETTINGS);
        BufferedImage buffer = synth.newBuffer();
        synth.draw(frame, buffer);

        assertThat(sha256(buffer)).as("plan %d frame %d", planIndex, frame).isEqualTo(expected);
    }

    @Test
    void framesDrawnOutOfOrderIntoOneReusedBufferAreTheSame() throws Exception {
        int fireworks = 3;
        FrameSynthesizer synth = new FrameSynthesizer(plans().get(fireworks), SETTINGS);
        BufferedImage buffer = synth.newBuffer();
        for (int f = FRAMES.length - 1; f >= 0; f--) {
            synth.draw(FRAMES[f], buffer);
            assertThat(sha256(buffer)).as("frame %d", FRAMES[f]).isEqualTo(EXPECTED[fireworks][f]);
        }
    }

    private static String sha256(BufferedImage image) throws Exception {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteBuffer bytes = ByteBuffer.allocate(pixels.length * Integer.BYTES);
        bytes.asIntBuffer().put(pixels);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    }
}
