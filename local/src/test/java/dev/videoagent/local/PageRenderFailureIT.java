package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A render that fails every attempt and its fallback (`--render-failures 5`): the page says so in plain words in
 * its language, never the runner's JSON, counts attempts only from the second and never past 4, and its
 * "Try again" starts a new render. axe-core finds nothing in the failed state.
 */
class PageRenderFailureIT {

    @TempDir
    static Path data;

    private static BrowserPage page;

    @BeforeAll
    static void start() {
        page = BrowserPage.on(LocalRuntime.start(TestRuntimes.options(data).withRenderFailures(5)
                .withWorkflowTimeScale(0.02), java.util.Map.of()), data);
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1280, 800, ko", "390, 844, en"})
    void aFailedRenderIsExplainedInPlainWordsAndTryAgainStartsANewOne(int width, int height, String language)
            throws Exception {
        page.open(language, new Dimension(width, height));
        page.generate(language.equals("ko") ? "바닷가의 등대" : "a lighthouse by the sea");
        new org.openqa.selenium.support.ui.Select(page.browser().findElement(By.id("resolution"))).selectByValue("640x360");
        new org.openqa.selenium.support.ui.Select(page.browser().findElement(By.id("duration"))).selectByValue("5");
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("render-button"));
        page.recordTexts("render-detail");
        page.recordTexts("render-state");
        page.byTestId("render-button").click();

        page.waitUpTo(60).until(d -> page.byTestId("render-error").isDisplayed()
                && page.text("render-state").equals(language.equals("ko") ? "실패" : "Failed"));
        String error = page.text("render-error");
        assertThat(error).startsWith(language.equals("ko") ? "영상을 만들지 못했어요." : "The video could not be made.")
                .doesNotContain("{", "LastStatus", "Exception");
        List<String> details = page.recordedTexts("render-detail");
        assertThat(details).as("attempts shown: from the second, never past 4")
                .noneMatch(d -> d.matches(".*(attempt 1 of 4|시도 1/4).*"))
                .noneMatch(d -> d.matches(".*(attempt [5-9] of 4|시도 [5-9]/4).*"));
        assertThat(page.byTestId("cancel-render-button").isDisplayed()).isFalse();
        assertThat(page.byTestId("render-button").isEnabled()).as("Render is usable again").isTrue();
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("render-error"));
        page.checkState(width + "x" + height + "-" + language + "-8-failed");

        int failedSoFar = page.recordedTexts("render-state").size();
        page.byTestId("render-retry").click();
        page.waitUpTo(10).until(d -> page.recordedTexts("render-state").subList(failedSoFar, page.recordedTexts(
                "render-state").size()).stream().anyMatch(s -> !s.equals(language.equals("ko") ? "실패" : "Failed")));
        assertThat(page.byTestId("render-error").isDisplayed()).as("the old failure is cleared").isFalse();
        page.waitUpTo(60).until(d -> page.byTestId("render-error").isDisplayed());
        assertThat(page.consoleErrors()).isEmpty();
    }
}
