package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.SceneFigure;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SceneWarmUpTest {

    private final List<RenderPlan> plans = SceneWarmUp.plans();

    @Test
    void everyBackdropIsDrawnByDayAndByNight() {
        Map<Backdrop, Set<Boolean>> times = plans.stream().filter(p -> !p.fallback()).collect(Collectors.groupingBy(
                RenderPlan::backdrop, Collectors.mapping(p -> p.palette().equals(ContactSheet.NIGHT), Collectors.toSet())));
        assertThat(times).hasSize(Backdrop.values().length);
        assertThat(times.values()).allSatisfy(t -> assertThat(t).containsExactlyInAnyOrder(true, false));
    }

    @Test
    void everyFigureComesInItsOwnMotionAndAnotherWithAndWithoutColour() {
        List<SceneFigure> cast = plans.stream().flatMap(p -> p.figures().stream()).toList();
        for (Figure f : Figure.values()) {
            List<SceneFigure> its = cast.stream().filter(s -> s.figure() == f).toList();
            assertThat(its).as(f.name()).extracting(SceneFigure::motion).contains(f.naturalMotion()).hasSizeGreaterThan(1);
        }
        assertThat(cast).anyMatch(s -> s.color().isPresent()).anyMatch(s -> s.color().isEmpty());
    }

    @Test
    void everyWeatherLayerCameraMoveAndTheFallbackAppear() {
        assertThat(plans.stream().flatMap(p -> p.layers().stream()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(MotionLayer.class));
        assertThat(plans.stream().map(RenderPlan::camera).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(CameraMove.class));
        assertThat(plans).anyMatch(RenderPlan::fallback);
    }

    @Test
    void allPlansDrawWithoutErrorAndDrawingStopsWhenTheJobComes() {
        RenderSettings small = new RenderSettings(5, 640, 360, 12);
        assertThat(SceneWarmUp.draw(small, () -> false)).isEqualTo(3 * plans.size()).isEqualTo(SceneWarmUp.frames());

        AtomicInteger asked = new AtomicInteger();
        assertThat(SceneWarmUp.draw(small, () -> asked.incrementAndGet() > 2)).as("two plans, then the job came")
                .isEqualTo(6);
        assertThat(SceneWarmUp.draw(small, () -> true)).isZero();
    }
}
