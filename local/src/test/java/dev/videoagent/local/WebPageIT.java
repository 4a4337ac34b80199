package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium (Debian's chromium and chromedriver, never downloaded) against the
 * running local runtime: idea -> prompt -> edit with live diff -> save -> render -> watch.
 */
class WebPageIT {

    @TempDir
    static Path data;

    private static LocalRuntime runtime;
    private static BrowserPage page;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        runtime = TestRuntimes.start(data);
        page = new BrowserPage(data.resolve("chromium-profile"), runtime.port());
        browser = page.browser();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private static WebElement byTestId(String id) {
        return page.byTestId(id);
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return page.waitUpTo(seconds);
    }

    private static Object js(String script, Object... args) {
        return page.js(script, args);
    }

    private static void screenshot(String name) {
        page.screenshot(name);
    }

    private static List<String> consoleErrors() {
        return page.consoleErrors();
    }

    /** A fresh page with no remembered language: it follows the browser's (Korean, --lang=ko-KR). */
    private static void open() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(page.url());
        js("localStorage.clear(); sessionStorage.clear()");
        browser.navigate().refresh();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#examples .chip")).isEmpty());
    }

    private static void generate(String idea) {
        WebElement concept = byTestId("concept-input");
        concept.clear();
        concept.sendKeys(idea);
        byTestId("generate-button").click();
    }

    @Test
    void fromIdeaToEditToRenderedVideoInKorean() throws Exception {
        open();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("비디오 프롬프트 에이전트");
        assertThat(js("return getComputedStyle(document.querySelector('h1')).wordBreak")).as("Korean breaks between words")
                .isEqualTo("keep-all");

        generate("눈 내리는 산타마을");
        WebElement editor = byTestId("prompt-editor");
        waitUpTo(20).until(d -> editor.getAttribute("value").contains("Santa"));
        String prompt = editor.getAttribute("value");
        assertThat(prompt).containsIgnoringCase("snow").doesNotContainPattern("[가-힣]");
        assertThat(browser.findElements(By.cssSelector("#slots .chip"))).isNotEmpty();

        editor.sendKeys(Keys.END, ", warm lantern light");
        waitUpTo(10).until(d -> !byTestId("diff-view").findElements(By.tagName("ins")).isEmpty());
        assertThat(byTestId("diff-view").findElements(By.tagName("ins"))).extracting(WebElement::getText)
                .contains("warm", "lantern", "light");
        browser.findElement(By.id("toggle-json")).click();
        assertThat(browser.findElement(By.id("diff-json")).getText()).contains("\"op\": \"insert\"");

        browser.findElement(By.id("save-edit")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("edit-status")).getText().contains("1"));

        screenshot("web-page-1280-edited.png");
        assertThat(byTestId("backend-select").isDisplayed()).as("one engine: nothing to choose").isFalse();
        byTestId("render-button").click();
        waitUpTo(180).until(d -> ((Number) js("return arguments[0].readyState", byTestId("video-player"))).intValue() >= 2);
        double duration = ((Number) js("return arguments[0].duration", byTestId("video-player"))).doubleValue();
        assertThat(duration).isBetween(9.5, 10.5);
        assertThat(byTestId("render-status").getText()).contains("완료").doesNotContain("시도 1/4");
        assertThat(byTestId("cancel-render-button").isDisplayed()).as("nothing left to cancel").isFalse();
        assertThat(browser.findElement(By.id("download")).getAttribute("download")).isEqualTo("눈-내리는-산타마을-v1.webm");
        byTestId("rating-up").click();
        waitUpTo(10).until(d -> "true".equals(byTestId("rating-up").getAttribute("aria-pressed")));
        assertThat(byTestId("rating-down").getAttribute("aria-pressed")).isEqualTo("false");
        HttpCalls http = new HttpCalls(runtime.port());
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String id = mapper.readTree(http.get("/api/history?limit=1").body()).get("items").get(0).get("id").asText();
        com.fasterxml.jackson.databind.JsonNode rendered = mapper.readTree(http.get("/api/prompts/" + id).body())
                .get("versions").get(1).get("renders").get(0);
        assertThat(rendered.get("rating").get("score").asInt()).as("version 1 -> video -> rating").isEqualTo(1);
        waitUpTo(10).until(d -> byTestId("history").getText().contains("눈 내리는 산타마을"));
        js("arguments[0].scrollIntoView({block: 'center'})", byTestId("render-status"));
        screenshot("web-page-1280-rendered.png");

        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void anEditSavedElsewhereMeanwhileIsShownAndTheNextSaveBuildsOnIt() throws Exception {
        open();
        browser.findElement(By.cssSelector(".lang[data-lang='en']")).click();
        generate("a lighthouse on a cliff at dusk");
        WebElement editor = byTestId("prompt-editor");
        waitUpTo(20).until(d -> editor.getAttribute("value").contains("lighthouse"));
        String generated = editor.getAttribute("value");
        HttpCalls http = new HttpCalls(runtime.port());
        com.fasterxml.jackson.databind.JsonNode newest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(http.get("/api/history?limit=1").body()).get("items").get(0);
        assertThat(newest.get("prompt").asText()).isEqualTo(generated);
        String id = newest.get("id").asText();
        // another tab saves version 1 while this one is still on the generated text
        String theirs = generated.replace("lighthouse", "red lighthouse");
        assertThat(http.post("/api/diffs", "application/json", new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("promptId", id, "baseVersion", 0, "original", generated, "edited", theirs)))
                .statusCode()).isEqualTo(201);

        editor.sendKeys(Keys.END, ", foggy sea");
        browser.findElement(By.id("save-edit")).click();

        waitUpTo(10).until(d -> d.findElement(By.id("edit-error")).isDisplayed());
        assertThat(browser.findElement(By.id("edit-error")).getText()).contains("Version 1").contains("red lighthouse");
        assertThat(editor.getAttribute("value")).endsWith(", foggy sea");
        browser.findElement(By.id("save-edit")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("edit-status")).getText().contains("version 2"));
        // Chromium logs the 409 answer itself; nothing else may fail
        assertThat(consoleErrors()).filteredOn(e -> !e.contains("status of 409")).isEmpty();
    }

    /** Read in one script: the list is redrawn whole, so elements found one call earlier may be gone. */
    @SuppressWarnings("unchecked")
    private static List<String> versionNumbers() {
        return (List<String>) js("return [...document.querySelectorAll('[data-testid=\"version-list\"] > li')]"
                + ".map(li => li.dataset.version)");
    }

    /** The versions whose favorite button is pressed, read in one script. */
    @SuppressWarnings("unchecked")
    private static List<String> favorites() {
        return (List<String>) js("return [...document.querySelectorAll('[data-testid=\"version-list\"] > li')]"
                + ".filter(li => li.querySelector('[data-testid=\"favorite-button\"]')"
                + ".getAttribute('aria-pressed') === 'true').map(li => li.dataset.version)");
    }

    private static WebElement version(String number) {
        return byTestId("version-list").findElement(By.cssSelector("li[data-version='" + number + "']"));
    }

    @Test
    void savedVersionsAreListedWithTheirNotesAndAnOldOneIsComparedAndRestored() throws Exception {
        open();
        browser.findElement(By.cssSelector(".lang[data-lang='en']")).click();
        generate("a red kite over a green hill");
        WebElement editor = byTestId("prompt-editor");
        waitUpTo(20).until(d -> editor.getAttribute("value").contains("kite"));
        String generated = editor.getAttribute("value");
        waitUpTo(10).until(d -> versionNumbers().equals(List.of("0")));

        editor.sendKeys(Keys.END, ", golden hour");
        byTestId("edit-message").sendKeys("warmer light");
        byTestId("save-button").click();
        waitUpTo(10).until(d -> versionNumbers().equals(List.of("1", "0")));
        assertThat(version("1").getText()).contains("warmer light", "golden hour");
        assertThat(byTestId("edit-message").getAttribute("value")).isEmpty();

        version("0").findElement(By.cssSelector("[data-testid='favorite-button']")).click();
        waitUpTo(10).until(d -> favorites().equals(List.of("0")));
        assertThat(version("0").getText()).contains("Favorite");
        version("1").findElement(By.cssSelector("[data-testid='favorite-button']")).click();
        waitUpTo(10).until(d -> favorites().equals(List.of("1"))); // one version each: it moved

        version("0").findElement(By.xpath(".//button[text()='Compare with current']")).click();
        waitUpTo(10).until(d -> byTestId("compare-view").isDisplayed());
        assertThat(byTestId("compare-view").findElements(By.tagName("ins"))).extracting(WebElement::getText)
                .contains("golden", "hour");

        version("0").findElement(By.cssSelector("[data-testid='revert-button']")).click();
        waitUpTo(10).until(d -> versionNumbers().equals(List.of("2", "1", "0")));
        assertThat(editor.getAttribute("value")).isEqualTo(generated);
        assertThat(browser.findElement(By.id("edit-status")).getText()).contains("version 2");
        screenshot("web-page-1280-versions.png");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void markupInAConceptIsShownAsTextAndRunsNothing() throws Exception {
        open();
        String attack = "<img src=x onerror=\"window.__xss=1\"> 고양이 <script>window.__xss=2</script>";

        generate(attack);
        waitUpTo(20).until(d -> byTestId("history").getText().contains("<img src=x"));

        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theLayoutFitsAPhoneAndTheLanguageSwitches() throws Exception {
        open();
        waitUpTo(10).until(d -> byTestId("health-status").getText().contains("모든 서비스 정상"));
        browser.findElement(By.cssSelector(".lang[data-lang='en']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Video Prompt Agent");
        assertThat(byTestId("health-status").getText()).contains("All services up");
        generate("a red sports car drifting on a mountain road at night");
        waitUpTo(20).until(d -> byTestId("prompt-editor").getAttribute("value").contains("sports car"));

        browser.manage().window().setSize(new Dimension(390, 844));
        long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertThat(width).isLessThanOrEqualTo(viewport);
        screenshot("web-page-390.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        screenshot("web-page-1280.png");

        byTestId("concept-input").clear();
        byTestId("generate-button").click();
        assertThat(byTestId("error-message").getText()).isEqualTo("Type an idea first.");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theKeyboardAloneGetsFromIdeaToPrompt() throws Exception {
        open();
        WebElement concept = byTestId("concept-input");
        concept.sendKeys("비 오는 서울 밤거리");
        concept.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitUpTo(20).until(d -> byTestId("prompt-editor").getAttribute("value").contains("rain"));

        // Tab moves through the controls in reading order and reaches the render button
        js("arguments[0].focus()", byTestId("prompt-editor"));
        for (int i = 0; i < 20 && !"render".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement().getAttribute("data-testid")).isEqualTo("render-button");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void wordsTheEngineDidNotUnderstandAreShownAndTheTargetModelShapesThePrompt() throws Exception {
        open();
        browser.findElement(By.cssSelector(".lang[data-lang='en']")).click();
        generate("a cat and a flumpet laughing on a stage");
        waitUpTo(20).until(d -> byTestId("unrecognized").isDisplayed());
        assertThat(byTestId("unrecognized").getText()).contains("flumpet").containsPattern("\\d+%");

        new org.openqa.selenium.support.ui.Select(byTestId("target-select")).selectByValue("ltx");
        generate("a red fox running through snow at dawn");
        waitUpTo(20).until(d -> byTestId("prompt-editor").getAttribute("value").contains("fox"));
        assertThat(byTestId("prompt-editor").getAttribute("value")).contains(". ");
        assertThat(byTestId("unrecognized").isDisplayed()).isFalse();
        assertThat(consoleErrors()).isEmpty();
    }
}
