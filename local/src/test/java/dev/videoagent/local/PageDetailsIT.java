package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the page does beyond the happy path: limits it shows and keeps, server errors in the page's language,
 * share links and reopening with everything (the latest render too), learned terms in plain words with undo,
 * labels and version ratings, dark mode, and a render that stops moving or loses the network.
 */
class PageDetailsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static BrowserPage page;
    private static HttpCalls http;

    @BeforeAll
    static void start() {
        // one render at a time, so a render can be made to wait in the queue
        page = BrowserPage.on(LocalRuntime.start(TestRuntimes.options(data).withRenderConcurrency(1), Map.of()), data);
        http = new HttpCalls(page.runtime().port());
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    private static String newestPromptId() throws Exception {
        return JSON.readTree(http.get("/api/history?limit=1").body()).get("items").get(0).get("id").asText();
    }

    private static void smallRender() {
        new Select(page.browser().findElement(By.id("resolution"))).selectByValue("640x360");
        new Select(page.browser().findElement(By.id("duration"))).selectByValue("5");
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("render-button"));
        page.byTestId("render-button").click();
    }

    private static void pasteInto(String testId, String text) {
        page.js("const el = arguments[0]; el.value = arguments[1]; el.dispatchEvent(new Event('input'))",
                page.byTestId(testId), text);
    }

    @Test
    void limitsAreShownAndALongPasteIsKeptAndRefusedInWordsNotCut() throws Exception {
        page.open("ko", BrowserPage.DESKTOP);
        assertThat(page.text("concept-count")).isEqualTo("0 / 500자");
        pasteInto("concept-input", "가".repeat(5000));
        assertThat(page.byTestId("concept-input").getAttribute("value")).hasSize(5000);
        assertThat(page.text("concept-count")).isEqualTo("5000 / 500자: 4500자 넘음");
        assertThat(page.byTestId("concept-input").getAttribute("aria-invalid")).isEqualTo("true");
        String before = http.get("/api/history?limit=50").body();
        page.byTestId("generate-button").click();
        assertThat(page.text("generate-error")).isEqualTo("아이디어는 500자까지 쓸 수 있어요 (지금 5000자).");
        assertThat(http.get("/api/history?limit=50").body()).as("nothing was sent").isEqualTo(before);

        page.generate("비 내리는 항구");
        pasteInto("prompt-editor", "rain ".repeat(420).trim());
        assertThat(page.text("prompt-count")).isEqualTo("2099 / 2000자: 99자 넘음");
        smallRender();
        // the API's own 413 (code input_too_long, field prompt, limit 2000) in the page's words
        page.waitUpTo(10).until(d -> page.byTestId("render-error").isDisplayed());
        assertThat(page.text("render-error")).isEqualTo("프롬프트는 2000자까지 쓸 수 있어요 (지금 2099자).");
        page.checkState("1280x800-ko-limits");
    }

    @Test
    void aSharedLinkAndAHistoryItemReopenThePromptWithEverythingItHad() throws Exception {
        page.open("en", BrowserPage.DESKTOP);
        page.generate("a paper boat on a rainy street");
        String first = newestPromptId();
        assertThat(page.js("return location.hash")).isEqualTo("#p/" + first);
        page.byTestId("prompt-editor").sendKeys(Keys.END, ", puddle reflections");
        page.byTestId("save-button").click();
        page.waitUpTo(10).until(d -> page.text("edit-status").equals("Saved as version 1."));
        String saved = page.byTestId("prompt-editor").getAttribute("value");
        smallRender();
        page.waitUpTo(120).until(d -> page.byTestId("video-player").getAttribute("src") != null
                && page.byTestId("video-player").isDisplayed());
        String video = page.byTestId("video-player").getAttribute("src");

        page.generate("a hot air balloon over a desert");
        assertThat(page.byTestId("video-player").isDisplayed()).as("no other prompt's video").isFalse();
        assertThat(page.byTestId("render-status").isDisplayed()).isFalse();

        page.browser().get(page.url() + "#p/" + first);
        page.browser().navigate().refresh();
        page.waitUpTo(20).until(d -> saved.equals(page.byTestId("prompt-editor").getAttribute("value")));
        page.waitUpTo(20).until(d -> video.equals(page.byTestId("video-player").getAttribute("src")));
        assertThat(page.byTestId("concept-input").getAttribute("value")).isEqualTo("a paper boat on a rainy street");
        assertThat(page.browser().findElements(By.cssSelector("#slots .chip"))).isNotEmpty();
        assertThat(page.text("trace")).contains("from your words “paper boat”");
        assertThat(page.js("return document.getElementById('negative').textContent")).asString().isNotBlank();
        assertThat(page.byTestId("version-list").findElements(By.tagName("li"))).hasSize(2);
        assertThat(page.text("version-list")).contains("1 video");
        assertThat(page.byTestId("download").getAttribute("download")).isEqualTo("a-paper-boat-on-a-rainy-street-v1.webm");

        page.browser().executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite"), "origin", page.url().replaceAll("/$", "")));
        page.byTestId("copy-link").click();
        page.waitUpTo(5).until(d -> page.text("edit-status").equals("Link copied: it opens this prompt."));
        assertThat(((org.openqa.selenium.JavascriptExecutor) page.browser()).executeAsyncScript(
                "arguments[0](await navigator.clipboard.readText())")).isEqualTo(page.url() + "#p/" + first);
        page.byTestId("copy-prompt").click();
        page.waitUpTo(5).until(d -> page.text("edit-status").equals("Prompt copied."));
        assertThat(((org.openqa.selenium.JavascriptExecutor) page.browser()).executeAsyncScript(
                "arguments[0](await navigator.clipboard.readText())")).isEqualTo(saved);

        page.generate("a snowy owl at night");
        page.browser().findElements(By.cssSelector("#history .item-open")).stream()
                .filter(b -> b.getText().contains("a paper boat")).findFirst().orElseThrow().click();
        page.waitUpTo(20).until(d -> video.equals(page.byTestId("video-player").getAttribute("src"))
                && page.byTestId("video-player").isDisplayed());
        assertThat(page.byTestId("prompt-editor").getAttribute("value")).isEqualTo(saved);
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void aLearnedTermIsExplainedInPlainWordsAndOneClickUndoesIt() throws Exception {
        page.open("en", BrowserPage.DESKTOP);
        page.generate("a golden retriever puppy in a meadow");
        page.byTestId("prompt-editor").sendKeys(Keys.END, ", tiny red scarf");
        page.byTestId("save-button").click();
        page.waitUpTo(10).until(d -> page.text("edit-status").equals("Saved as version 1."));

        page.generate("a golden retriever puppy on a beach");
        page.waitUpTo(10).until(d -> page.byTestId("learned").isDisplayed());
        assertThat(page.text("learned")).contains("added “tiny red scarf”: you added it when you edited similar ideas");
        assertThat(page.byTestId("prompt-editor").getAttribute("value")).contains("tiny red scarf");
        page.byTestId("undo-learned").click();
        assertThat(page.byTestId("prompt-editor").getAttribute("value")).doesNotContain("tiny red scarf");
        page.waitUpTo(10).until(d -> !page.byTestId("diff-view").findElements(By.tagName("del")).isEmpty());
        assertThat(page.byTestId("diff-view").findElements(By.tagName("del"))).extracting(WebElement::getText)
                .contains("tiny", "red", "scarf");
        assertThat(page.byTestId("undo-learned").isEnabled()).isFalse();
        assertThat(page.byTestId("undo-learned").getText()).isEqualTo("Undone");
    }

    @Test
    void versionsCarryLabelsOfTheirOwnAndRatings() throws Exception {
        page.open("ko", BrowserPage.PHONE);
        page.generate("안개 낀 숲속의 오두막");
        String id = newestPromptId();
        page.byTestId("prompt-editor").sendKeys(Keys.END, ", warm window light");
        page.byTestId("save-button").click();
        page.waitUpTo(10).until(d -> page.byTestId("version-list").findElements(By.tagName("li")).size() == 2);

        page.click("li[data-version='0'] [data-testid='final-button']");
        page.waitUpTo(10).until(d -> page.text("version-list").contains("최종"));
        page.click("li[data-version='1'] [data-testid='add-label-button']");
        page.byTestId("label-input").sendKeys("Night Cut", Keys.ENTER);
        page.waitUpTo(10).until(d -> !page.browser().findElements(By.cssSelector("li[data-version='1'] [data-label='night-cut']")).isEmpty());
        page.click("li[data-version='1'] [data-testid='version-rating-up']");
        page.waitUpTo(10).until(d -> "true".equals(page.attribute("li[data-version='1'] [data-testid='version-rating-up']",
                "aria-pressed")));

        JsonNode prompt = JSON.readTree(http.get("/api/prompts/" + id).body());
        assertThat(prompt.get("versions").get(0).get("labels").toString()).contains("final");
        assertThat(prompt.get("versions").get(1).get("labels").toString()).contains("night-cut");
        assertThat(prompt.get("versions").get(1).get("rating").get("score").asInt()).isEqualTo(1);

        page.click("li[data-version='1'] [data-label='night-cut'] button");
        page.waitUpTo(10).until(d -> page.browser().findElements(By.cssSelector("[data-label='night-cut']")).isEmpty());
        page.checkState("390x844-ko-labels");
    }

    @Test
    void aQueuedRenderIsCancelledAndRenderIsUsableAgain() throws Exception {
        page.open("ko", BrowserPage.DESKTOP);
        assertThat(http.post("/api/renders", "application/json", "{\"prompt\":\"a long render ahead\","
                + "\"durationSeconds\":15,\"width\":1920,\"height\":1080}").statusCode()).isEqualTo(202);
        page.generate("노을 지는 바다 위 돛단배");
        smallRender();
        page.waitUpTo(10).until(d -> page.byTestId("cancel-render-button").isDisplayed());
        page.byTestId("cancel-render-button").click();
        page.waitUpTo(10).until(d -> page.text("render-state").equals("취소됨"));
        assertThat(page.byTestId("cancel-render-button").isDisplayed()).isFalse();
        assertThat(page.byTestId("render-button").isEnabled()).isTrue();
        assertThat(page.byTestId("video-player").isDisplayed()).isFalse();
    }

    @Test
    void darkModeFollowsTheSystemAndStaysReadable() throws Exception {
        page.colorScheme("dark");
        try {
            page.open("en", BrowserPage.DESKTOP);
            page.generate("a jellyfish glowing in the deep sea");
            page.byTestId("prompt-editor").sendKeys(Keys.END, ", bioluminescent trails");
            page.waitUpTo(10).until(d -> !page.byTestId("diff-view").findElements(By.tagName("ins")).isEmpty());
            List<?> background = (List<?>) page.js("return getComputedStyle(document.querySelector('.card'))"
                    + ".backgroundColor.match(/\\d+/g).map(Number)");
            assertThat(background).allSatisfy(c -> assertThat(((Number) c).intValue()).isLessThan(60));
            page.checkState("1280x800-en-dark-editing");
        } finally {
            page.colorScheme("light");
        }
    }

    @Test
    void aRenderThatStopsMovingOffersTryAgainAndALostConnectionIsPickedUpAgain() throws Exception {
        String configured = page.configure("{renderStallSeconds: 2}");
        try {
            page.open("en", BrowserPage.DESKTOP);
            // two long renders ahead of the page's in the one render slot: it waits queued, not moving
            for (int i = 0; i < 2; i++) {
                assertThat(http.post("/api/renders", "application/json", "{\"prompt\":\"a long render " + i
                        + "\",\"durationSeconds\":15,\"width\":1920,\"height\":1080}").statusCode()).isEqualTo(202);
            }
            page.generate("a windmill turning slowly in a tulip field");
            page.recordTexts("render-detail");
            new Select(page.browser().findElement(By.id("resolution"))).selectByValue("1280x720");
            new Select(page.browser().findElement(By.id("duration"))).selectByValue("10");
            page.byTestId("render-button").click();
            page.waitUpTo(20).until(d -> page.byTestId("render-retry").isDisplayed());
            assertThat(page.text("render-error")).contains("has not moved for a while");
            assertThat(page.byTestId("render-button").isEnabled()).isTrue();

            page.byTestId("render-retry").click();
            page.offline(true);
            page.waitUpTo(10).until(d -> page.recordedTexts("render-detail").stream().anyMatch(t -> t.startsWith("Connection lost")));
            page.offline(false);
            // still queued, it stops moving again now and then: the person keeps pressing "Try again"
            page.waitUpTo(180).until(d -> {
                if (page.byTestId("render-retry").isDisplayed()) {
                    page.byTestId("render-retry").click();
                }
                return page.byTestId("video-player").isDisplayed()
                        && ((Number) page.js("return arguments[0].readyState", page.byTestId("video-player"))).intValue() >= 2;
            });
            assertThat(page.byTestId("render-error").isDisplayed()).isFalse();
            assertThat(page.recordedTexts("render-detail")).as("an ETA from the progress rate")
                    .anyMatch(t -> t.matches(".*about \\d+ s left.*"));
        } finally {
            page.offline(false);
            page.unconfigure(configured);
        }
    }
}
