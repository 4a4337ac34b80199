package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.RenderSettings;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders real videos and decodes them again with FFmpeg (JavaCV's grabber). */
class VideoRendererIT {

    private static final PromptVideoRenderer RENDERER = PromptVideoRenderer.createDefault();
    private static final RenderSettings SMALL = new RenderSettings(5, 640, 360, 24);

    @TempDir
    Path dir;

    private RenderResult render(String prompt, RenderSettings settings, boolean fallback) {
        String name = Integer.toHexString(prompt.hashCode()) + (fallback ? "-fallback" : "") + settings.width();
        return RENDERER.render(prompt, Optional.of("눈 내리는 산타마을"), settings, fallback,
                dir.resolve(name + ".webm"), dir.resolve(name + ".jpg"), (done, total) -> { });
    }

    /** The decoded video: container, codec, size, length, and the luma plane of every frame. */
    record Decoded(String format, String codec, int width, int height, double seconds, double fps, List<byte[]> luma) {
    }

    static Decoded decode(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            grabber.start();
            List<byte[]> luma = new ArrayList<>();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                ByteBuffer plane = (ByteBuffer) frame.image[0];
                byte[] pixels = new byte[frame.imageWidth * frame.imageHeight];
                for (int y = 0; y < frame.imageHeight; y++) {
                    plane.position(y * frame.imageStride);
                    plane.get(pixels, y * frame.imageWidth, frame.imageWidth);
                }
                luma.add(pixels);
            }
            return new Decoded(grabber.getFormat(), grabber.getVideoCodecName(), grabber.getImageWidth(),
                    grabber.getImageHeight(), grabber.getLengthInTime() / 1e6, grabber.getFrameRate(), luma);
        }
    }

    static double mean(byte[] luma) {
        long sum = 0;
        for (byte b : luma) {
            sum += b & 0xff;
        }
        return (double) sum / luma.length;
    }

    static double meanAbsDiff(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return (double) sum / a.length;
    }

    @Test
    void theDefaultVideoIsTenSecondsOfVp8InWebmAt1280x720And24Fps() throws Exception {
        List<Integer> progress = new CopyOnWriteArrayList<>();
        RenderResult result = RENDERER.render("gently falling snow over a Santa village at night", Optional.of("눈 내리는 산타마을"),
                RenderSettings.DEFAULT, false, dir.resolve("default.webm"), dir.resolve("default.jpg"),
                (done, total) -> progress.add(done * 100 / total));

        Decoded video = decode(result.video());
        assertThat(video.format()).contains("webm");
        assertThat(video.codec()).isEqualTo("vp8");
        assertThat(video.width()).isEqualTo(1280);
        assertThat(video.height()).isEqualTo(720);
        assertThat(video.seconds()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(video.luma()).hasSize(240);
        assertThat(result.frames()).isEqualTo(240);
        // progress at least every 5%, ending at 100
        assertThat(progress).last().isEqualTo(100);
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i) - progress.get(i - 1)).isLessThanOrEqualTo(5);
        }
        BufferedImage poster = ImageIO.read(result.poster().toFile());
        assertThat(poster.getWidth()).isEqualTo(1280);
        assertThat(poster.getHeight()).isEqualTo(720);
        assertThat(Files.readAllBytes(result.poster())).startsWith((byte) 0xff, (byte) 0xd8);
    }

    @Test
    void otherAllowedSizesRatesAndLengthsAreHonoured() throws Exception {
        Decoded video = decode(render("a red sports car on a mountain road", new RenderSettings(6, 854, 480, 30), false)
                .video());

        assertThat(video.width()).isEqualTo(854);
        assertThat(video.height()).isEqualTo(480);
        assertThat(video.luma()).hasSize(180);
        assertThat(video.seconds()).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aBrightSunnyBeachAtNoonIsFarBrighterThanADarkRainyStreetAtNight() throws Exception {
        Decoded bright = decode(render("bright sunny beach at noon", SMALL, false).video());
        Decoded dark = decode(render("dark rainy city street at night", SMALL, false).video());

        double brightLuma = bright.luma().stream().mapToDouble(VideoRendererIT::mean).average().orElseThrow();
        double darkLuma = dark.luma().stream().mapToDouble(VideoRendererIT::mean).average().orElseThrow();
        assertThat(brightLuma - darkLuma).isGreaterThanOrEqualTo(30);
    }

    @Test
    void consecutiveFramesDifferAllTheWayThrough() throws Exception {
        Decoded video = decode(render("a cat sleeping on a sofa", SMALL, false).video());

        for (int i = 1; i < video.luma().size(); i++) {
            assertThat(meanAbsDiff(video.luma().get(i - 1), video.luma().get(i))).as("frames %d and %d", i - 1, i)
                    .isGreaterThan(0.05);
        }
    }

    @Test
    void snowRainAndFireworksLookMeasurablyDifferent() throws Exception {
        byte[] snow = decode(render("a quiet village in falling snow", SMALL, false).video()).luma().get(60);
        byte[] rain = decode(render("a quiet village in heavy rain", SMALL, false).video()).luma().get(60);
        byte[] fireworks = decode(render("a quiet village with fireworks", SMALL, false).video()).luma().get(60);

        assertThat(meanAbsDiff(snow, rain)).isGreaterThan(4);
        assertThat(meanAbsDiff(snow, fireworks)).isGreaterThan(4);
        assertThat(meanAbsDiff(rain, fireworks)).isGreaterThan(4);
    }

    @Test
    void aFiveThousandCharacterPromptAndAnEmojiAndHangulOnlyPromptBothRender() throws Exception {
        StringBuilder longPrompt = new StringBuilder();
        while (longPrompt.length() < 5_000) {
            longPrompt.append("a majestic dragon flying over snowy mountains at sunset, ");
        }
        String emoji = "🎄🎅✨ 눈 내리는 산타마을 🦌🛷 \u200d\u0007";

        assertThat(decode(render(longPrompt.substring(0, 5_000), SMALL, false).video()).luma()).hasSize(120);
        assertThat(decode(render(emoji, SMALL, false).video()).luma()).hasSize(120);
        assertThat(decode(render("🎄🎅✨", SMALL, true).video()).luma()).hasSize(120);
    }

    @Test
    void theFallbackIsItsOwnAnimationWhateverThePrompt() throws Exception {
        byte[] normal = decode(render("fireworks over the harbor at night", SMALL, false).video()).luma().get(60);
        byte[] fallback = decode(render("fireworks over the harbor at night", SMALL, true).video()).luma().get(60);
        byte[] otherFallback = decode(render("bright sunny beach at noon", SMALL, true).video()).luma().get(60);

        assertThat(meanAbsDiff(normal, fallback)).isGreaterThan(4);
        // only the caption differs between two fallbacks
        assertThat(meanAbsDiff(fallback, otherFallback)).isLessThan(meanAbsDiff(normal, fallback));
    }

    @Test
    void theSameJobGivesTheSameVideoBytes() throws Exception {
        Path a = render("a paper boat drifting on a lake", SMALL, false).video();
        Path first = dir.resolve("first.webm");
        Files.move(a, first);
        Path b = render("a paper boat drifting on a lake", SMALL, false).video();

        assertThat(sha256(b)).isEqualTo(sha256(first));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aVideoEncodedInTwoSegmentsHasEveryFrameEvenlyTimedAndLooksLikeOneEncodersVideo() throws Exception {
        var plan = RENDERER.plan("a paper boat drifting on a lake at dusk", Optional.empty(), false);
        new VideoRenderer(1, 1).render(plan, SMALL, dir.resolve("one.webm"), dir.resolve("one.jpg"), (d, t) -> { });
        new VideoRenderer(1, 2).render(plan, SMALL, dir.resolve("two.webm"), dir.resolve("two.jpg"), (d, t) -> { });

        Decoded one = decode(dir.resolve("one.webm"));
        Decoded two = decode(dir.resolve("two.webm"));
        assertThat(two.luma()).hasSize(120);
        assertThat(two.seconds()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(timestamps(dir.resolve("two.webm"))).isEqualTo(timestamps(dir.resolve("one.webm")));
        // two lossy encodings of the same frames: each frame is nearer the same moment of the other than the
        // moment a second away, and no frame repeats the one before it where the second segment begins
        for (int i = 0; i < 120; i++) {
            int away = i + 24 < 120 ? i + 24 : i - 24;
            assertThat(meanAbsDiff(two.luma().get(i), one.luma().get(i))).as("frame %d", i)
                    .isLessThan(meanAbsDiff(two.luma().get(i), one.luma().get(away)));
        }
        for (int i = 1; i < 120; i++) {
            assertThat(meanAbsDiff(two.luma().get(i - 1), two.luma().get(i))).as("frames %d and %d", i - 1, i)
                    .isGreaterThan(0.05);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("one.webm", "one.jpg",
                    "two.webm", "two.jpg");
        }
    }

    @Test
    void aFrameThatCannotBeDrawnFailsTheRenderAtOnceAndLeavesNoParts() {
        var plan = RENDERER.plan("a paper boat drifting on a lake at dusk", Optional.empty(), false);
        FrameSynthesizer frames = new FrameSynthesizer(plan, SMALL);
        FrameSource failing = new FrameSource() {
            @Override
            public int frames() {
                return frames.frames();
            }

            @Override
            public BufferedImage newBuffer() {
                return frames.newBuffer();
            }

            @Override
            public void draw(int n, BufferedImage target) {
                if (n == 90) {
                    throw new IllegalStateException("no paint left");
                }
                frames.draw(n, target);
            }
        };

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VideoRenderer(2, 2).render(failing, SMALL,
                        dir.resolve("broken.webm"), dir.resolve("broken.jpg"), (d, t) -> { }))
                        .isInstanceOf(RenderFailedException.class).hasMessageContaining("drawing frame 90 failed")
                        .hasMessageContaining("no paint left"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains(".part"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProgressListenerThatThrowsStopsTheRenderAtOnceWithItsExceptionAndLeavesNoParts() {
        // how a standby stops its warm-up render when its job comes
        var plan = RENDERER.plan("a paper boat drifting on a lake at dusk", Optional.empty(), false);
        IllegalStateException stop = new IllegalStateException("the job came");

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VideoRenderer(2, 2).render(
                        new FrameSynthesizer(plan, SMALL), SMALL, dir.resolve("stopped.webm"), dir.resolve("stopped.jpg"),
                        (done, total) -> {
                            if (done >= 10) {
                                throw stop;
                            }
                        })).satisfies(e -> {
                            Throwable cause = e;
                            while (cause != null && cause != stop) {
                                cause = cause.getCause();
                            }
                            assertThat(cause).as("the listener's exception is the cause").isSameAs(stop);
                        }));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains(".part"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each frame's presentation time, in microseconds. */
    private static List<Long> timestamps(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            List<Long> times = new ArrayList<>();
            while (grabber.grabImage() != null) {
                times.add(grabber.getTimestamp());
            }
            return times;
        }
    }
}
