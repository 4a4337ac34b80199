package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentTest {

    @Test
    void tenSecondsOnTwoEncodersAreTwoHalves() {
        assertThat(Segment.split(240, 24, 2)).containsExactly(new Segment(0, 0, 120), new Segment(1, 120, 120));
    }

    @Test
    void noSegmentIsShorterThanTwoSecondsAndOneEncoderMakesOne() {
        assertThat(Segment.split(72, 24, 4)).hasSize(1);
        assertThat(Segment.split(120, 24, 4)).hasSize(2).allSatisfy(s -> assertThat(s.count()).isGreaterThanOrEqualTo(48));
        assertThat(Segment.split(240, 24, 1)).containsExactly(new Segment(0, 0, 240));
    }

    @Test
    void segmentsCoverEveryFrameOnceInOrder() {
        for (int frames : new int[] {120, 150, 241, 900}) {
            for (int encoders = 1; encoders <= 5; encoders++) {
                List<Segment> segments = Segment.split(frames, 24, encoders);
                int next = 0;
                for (Segment s : segments) {
                    assertThat(s.first()).isEqualTo(next);
                    next += s.count();
                }
                assertThat(next).isEqualTo(frames);
            }
        }
    }

    @Test
    void framesAreDrawnSegmentBySegmentInTurnAndEachSegmentInOrder() {
        List<Segment> segments = Segment.split(150, 24, 3);
        int[] order = Segment.drawingOrder(segments);

        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(IntStream.range(0, 150).toArray());
        assertThat(order).startsWith(0, 50, 100, 1, 51, 101);
        for (Segment s : segments) {
            int[] own = Arrays.stream(order).filter(s::contains).toArray();
            assertThat(own).isSorted();
        }
    }
}
