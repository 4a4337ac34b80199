package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.render.ComfyUiStub;
import dev.videoagent.render.TestClips;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A deployment that allows two engines ({@code RENDER_BACKENDS=procedural,comfyui}, a stub of ComfyUI's API): the
 * page offers the choice, named in words, the deployment's default first; what is chosen is what renders, and the
 * finished video says which engine made it. axe-core finds nothing with the choice shown.
 */
class PageBackendChoiceIT {

    @TempDir
    static Path data;

    private static ComfyUiStub comfy;
    private static BrowserPage page;

    @BeforeAll
    static void start() throws Exception {
        comfy = new ComfyUiStub(TestClips.vp8(data.resolve("clip.webm"), 2), ComfyUiStub.Outcome.SUCCEED);
        page = BrowserPage.on(LocalRuntime.start(TestRuntimes.options(data).withWorkflowTimeScale(0.02),
                Map.of("RENDER_BACKEND", "procedural", "RENDER_BACKENDS", "procedural,comfyui",
                        "COMFYUI_URL", comfy.url().toString())), data);
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
        if (comfy != null) {
            comfy.close();
        }
    }

    private void renderWith(String engine) {
        new Select(page.browser().findElement(By.id("resolution"))).selectByValue("640x360");
        new Select(page.browser().findElement(By.id("duration"))).selectByValue("5");
        new Select(page.byTestId("backend-select")).selectByValue(engine);
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("render-button"));
        page.byTestId("render-button").click();
        page.waitUpTo(120).until(d -> page.byTestId("video-player").isDisplayed()
                && page.byTestId("render-button").isEnabled());
    }

    @Test
    void theChosenEngineMakesTheVideoAndTheVideoSaysWhichItWas() throws Exception {
        page.open("en", BrowserPage.DESKTOP);
        page.generate("a paper boat drifting down a rainy street");
        page.waitUpTo(10).until(d -> page.byTestId("backend-select").isDisplayed());
        List<String> offered = new Select(page.byTestId("backend-select")).getOptions().stream()
                .map(WebElement::getText).toList();
        assertThat(offered).containsExactly("Animation (fast, no GPU)", "ComfyUI (AI model on a GPU)");

        int before = comfy.queued.size();
        renderWith("comfyui");
        assertThat(comfy.queued).as("the model was asked once").hasSize(before + 1);
        assertThat(comfy.queued.get(before).toString()).contains("paper boat");
        assertThat(page.text("render-detail")).isEqualTo("made with ComfyUI (AI model on a GPU)");
        page.checkState("1280x800-en-backend-choice");

        renderWith("procedural");
        assertThat(comfy.queued).as("the animation does not ask the model").hasSize(before + 1);
        assertThat(page.text("render-detail")).isEqualTo("made with Animation (fast, no GPU)");

        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void theEnginesAreNamedInThePagesLanguageAndFitAPhone() throws Exception {
        page.open("ko", BrowserPage.PHONE);
        page.generate("비 오는 거리의 종이배");
        page.waitUpTo(10).until(d -> page.byTestId("backend-select").isDisplayed());
        assertThat(new Select(page.byTestId("backend-select")).getOptions().stream().map(WebElement::getText))
                .containsExactly("애니메이션 (빠름, GPU 없음)", "ComfyUI (GPU의 AI 모델)");
        assertThat(new Select(page.byTestId("backend-select")).getFirstSelectedOption().getAttribute("value"))
                .as("the deployment's default").isEqualTo("procedural");
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("backend-select"));
        Map<String, Number> box = page.box("#backend");
        assertThat(box.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue()).as("the choice fits the phone's width")
                .isLessThanOrEqualTo(box.get("viewportWidth").doubleValue());
        page.checkState("390x844-ko-backend-choice");
        assertThat(page.consoleErrors()).isEmpty();
    }
}
