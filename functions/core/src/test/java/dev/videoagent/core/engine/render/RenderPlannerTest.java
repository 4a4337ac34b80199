package dev.videoagent.core.engine.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.CameraMove;
import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.Palette;
import dev.videoagent.core.model.RenderPlan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderPlannerTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();
    // English prompts need no Korean analyzer
    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), text -> List.of());
    private static final RenderPlanner PLANNER = new RenderPlanner(LEXICON);

    private static RenderPlan plan(String prompt) {
        return PLANNER.plan(ENGINE.generate(prompt), prompt, Optional.empty());
    }

    @Test
    void noonAndBrightAreFarLighterThanADarkRainyNight() {
        RenderPlan bright = plan("bright sunny beach at noon");
        RenderPlan dark = plan("dark rainy city street at night");

        assertThat(bright.palette().luma() - dark.palette().luma()).isGreaterThan(100);
        assertThat(dark.layers()).contains(MotionLayer.RAIN);
    }

    @Test
    void sunsetIsWarmAndNeonIsSaturated() {
        Palette sunset = plan("a lighthouse at sunset").palette();
        assertThat((sunset.skyBottom() >> 16 & 0xff)).isGreaterThan(sunset.skyBottom() & 0xff);
        assertThat(plan("a cyberpunk street with neon signs at night").palette().saturation()).isGreaterThan(1.0);
    }

    @Test
    void motionLayersComeFromWhatThePromptShows() {
        assertThat(plan("a quiet village in gently falling snow").layers()).contains(MotionLayer.SNOW);
        assertThat(plan("fireworks over the harbor at night").layers()).contains(MotionLayer.FIREWORKS);
        assertThat(plan("a goldfish in an aquarium with rising bubbles").layers()).contains(MotionLayer.BUBBLES);
        assertThat(plan("cherry blossom petals drifting in a park").layers()).contains(MotionLayer.PETALS);
        assertThat(plan("a teapot on a table").layers()).containsExactly(MotionLayer.CLOUDS);
        assertThat(plan("an empty road at night").layers()).containsExactly(MotionLayer.STARS);
    }

    @Test
    void actionEnergySpeedAndCameraFollowTheirAttributes() {
        RenderPlan running = plan("a dog running fast");
        RenderPlan sleeping = plan("a cat sleeping");
        assertThat(running.energy()).isGreaterThan(sleeping.energy());
        assertThat(plan("a horse galloping in slow motion").speed()).isLessThan(1.0);
        assertThat(plan("clouds over a city, time-lapse").speed()).isGreaterThan(1.0);
        assertThat(plan("a castle, 360-degree orbit shot").camera()).isEqualTo(CameraMove.ORBIT);
        assertThat(plan("a castle, slow zoom out").camera()).isEqualTo(CameraMove.ZOOM_OUT);
        assertThat(plan("a castle").camera()).isEqualTo(CameraMove.ZOOM_IN);
    }

    @Test
    void aNamedColorBecomesTheAccent() {
        assertThat(plan("a red sports car on a road").palette().accent()).isEqualTo(0xd62828);
    }

    @Test
    void theSamePromptGivesTheSamePlanAndTheSeedFollowsTheText() {
        assertThat(plan("a red sports car on a road")).isEqualTo(plan("a red sports car on a road"));
        assertThat(plan("a red sports car on a road").seed()).isNotEqualTo(plan("a red sports car on a road.").seed());
    }

    @Test
    void theFallbackLooksTheSameWhateverWasAsked() {
        RenderPlan a = RenderPlanner.fallback("a", Optional.empty());
        RenderPlan b = RenderPlanner.fallback("fireworks at noon", Optional.empty());
        assertThat(a.palette()).isEqualTo(b.palette());
        assertThat(a.layers()).isEqualTo(b.layers()).isEmpty();
        assertThat(a.fallback()).isTrue();
    }
}
