package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.render.RenderPlanner;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.Palette;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
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
 * from the renderer before it was split into painters, so any change to what a frame looks like, or to
 * the order the seed's random numbers are drawn in, shows up here. Between them the plans use every
 * motion layer, camera move and subject kind, dark and light skies, with and without a title, and the
 * fallback.
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
        {"bd944e2ac29d8a13937f1776232c1e621f5b366e7fa35adddc8dc77bf11dabfb",
         "8e7ff5ddf5a7d0103aa1dc349e6c518330b7ef77c245d37de5f1434d2c8e360d",
         "bacfffa7a588e49ec76797a4d8df7f0d1ca1935c266d56a69f45c583866bbad6",
         "190afc2c8660175e141882b140874b95936ad6ac1f8ed748806bd8532eef1922"},
        {"39a54e6f20ebf2cc24de9cfb5d7fd2f7c714d26fb54a8598d27f0652f5bc9282",
         "cb2f507e27b2b3dd806949c2eb719fd434d421740cf423df7946a02cadff6514",
         "fc859dd0f42ebf41d719743cfaa167622f6f615032022ded628975dd45776cb0",
         "ffcb13ef898314696471d232fd5d462dd223d92dd8f8e982cc624f9e8e42d92a"},
        {"a7a74645d1dac61a597479b2ecbdb07998154f7714fe1d16bbe0ac822a992cf0",
         "8b236f427528d749f47b6f480d9e599abe9bd7f3d58915afeaf4d77a6276034b",
         "4b8e4491b56acf5ac86d6958e8e0d18f4c53056f5342e877851eb7e5143940ad",
         "58b71a49904e36ccc0a1508f303d61ff51ce68eba89edb284d439a6d279560d0"},
        {"40c63565a9547ea9b885a605cd63ca131eff6323bfa7684f0dc1a53cde53c606",
         "30cb3eaf2b7b6f3dbf8301e9546da6620417fa435530c1c9509cdd03bb62790d",
         "8501fd2e7af132569e60d8198ff441257978f03d0691b848c99d911b492d71ef",
         "3452a25f87b81c603932473d2887157b12e2dbf9fdaccd2b8b2ef90f3e1a77f6"},
        {"6ed83e49dd44ef3d9d621d995ffc86829bcb6aea7d321e3ac4c962e00b71c58c",
         "cf4488f6e076b00c1eec6ad180a640555cd4859cfad2cfc231b48f4873c2d901",
         "360e0cadc6e9dd50781634f1702553f4f067e1bd0965dbc225b753c916b2827a",
         "7b2a1f00f0c10970fd830ef609e19f19f69e2451b35e04111cc7585a51706604"},
        {"4f8e1676c5baa7972e0621b6a18e9ffa79baf9c87ca4b5c3d8f2ee9aa9469247",
         "145c356b230410a4d6dc1b2887163dba16f13a8853ce8ff2a6760bf681c51bfb",
         "51aa179d40a47e461c9ed0f7538c675591bd24d7596856d8a79a60490fa434ee",
         "07808504bd4adac68171320c5b95d747e10f3156e897da363259b9486f65acd8"},
        {"34e622fd931bd8141eb03f9c46715494ad62caddf2c75e6a1de5e9c5431bf6bf",
         "5e4a2bbef7ca9715a7343f1f689cb2ba805b0290fa1c113159687d025e7695dc",
         "279e4e493ba4047eb1480a9d483dd922adad387265b67df22d1dcda98ad039a9",
         "61ec42a418224eb8db36a39721d6dd53e2c59e14ce82142bdb093d7c7a4009e5"},
        {"270940ebea8da4b224bd54b005efafea474fd925d3c04b5674a12f6ceecdd0f2",
         "76611d52afd7cd5656f6bf05f0a4d69e3ef5dead23c728383e37805a7b467051",
         "b67006b373671f9526ebc5b35c1ffeb19f16b9a4cbc4e405fb03cc3cf2a38bdd",
         "91ce04e0d867a520c9778406bba97a91037afa11e4ad105d6a0890145bea8c05"},
    };

    private static RenderPlan plan(long seed, Palette palette, List<MotionLayer> layers, double energy, double speed,
                                   CameraMove camera, String subjectKind, String caption, String title) {
        return new RenderPlan(seed, palette, layers, energy, speed, camera, subjectKind, caption,
                Optional.ofNullable(title), false);
    }

    private static List<RenderPlan> plans() {
        return List.of(
                plan(1L, NIGHT, List.of(MotionLayer.SNOW, MotionLayer.STARS, MotionLayer.CLOUDS), 0.4, 1.0,
                        CameraMove.ZOOM_IN, "building", "gently falling snow over a Santa village at night",
                        "눈 내리는 산타마을"),
                plan(-7_324_512_993L, NIGHT, List.of(MotionLayer.RAIN, MotionLayer.NEON), 0.9, 1.3,
                        CameraMove.PAN, "vehicle", "비 오는 밤거리의 네온 간판", null),
                plan(42L, DAY, List.of(MotionLayer.PETALS, MotionLayer.LEAVES, MotionLayer.BUBBLES), 0.6, 0.8,
                        CameraMove.ZOOM_OUT, "animal", "a fox in the spring garden", "Spring"),
                plan(0x5eed_f00dL, NIGHT, List.of(MotionLayer.FIREWORKS, MotionLayer.SPARKS), 1.0, 1.5,
                        CameraMove.ORBIT, "person", "fireworks over the harbor at night", null),
                plan(9_001L, DUSK, List.of(MotionLayer.WAVES, MotionLayer.FIREFLIES, MotionLayer.CLOUDS), 0.3, 0.7,
                        CameraMove.TILT, "creature", "a dragon over the sea at dusk", "Dusk"),
                plan(123_456_789L, DAY, List.of(MotionLayer.FIREWORKS, MotionLayer.SNOW, MotionLayer.RAIN), 0.7, 1.0,
                        CameraMove.STATIC, "phenomenon", "", null),
                plan(77L, DUSK, List.of(MotionLayer.STARS, MotionLayer.NEON, MotionLayer.FIREFLIES), 0.5, 1.1,
                        CameraMove.SHAKE, "", "🎄🎅✨ 눈 내리는 산타마을 🦌🛷", "🎄"),
                RenderPlanner.fallback("fireworks over the harbor at night", Optional.of("눈 내리는 산타마을")));
    }

    static Stream<Arguments> frames() {
        List<RenderPlan> plans = plans();
        return IntStream.range(0, plans.size()).boxed().flatMap(p -> IntStream.range(0, FRAMES.length)
                .mapToObj(f -> Arguments.of(p, plans.get(p), FRAMES[f], EXPECTED[p][f])));
    }

    @ParameterizedTest(name = "plan {0}, frame {2}")
    @MethodSource("frames")
    void aFrameHasTheSamePixelsAsBeforeThePainters(int planIndex, RenderPlan plan, int frame, String expected)
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
