package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page's states (initial, generated, editing, comparing, rendering, rendered, offline) at 1280x800 and
 * 390x844, in Korean and English: axe-core finds nothing in any of them, the layout keeps the prompt, its live
 * diff and the next step in view, and a language switch re-says everything. Screenshots of every state go to
 * {@code target/screenshots/}.
 */
class PageStatesIT {

    private static final String HANGUL = "(?s).*[\\uac00-\\ud7a3].*";

    @TempDir
    static java.nio.file.Path data;

    private static BrowserPage page;

    @BeforeAll
    static void start() {
        page = BrowserPage.on(TestRuntimes.start(data), data);
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    static Stream<Arguments> sizesAndLanguages() {
        return Stream.of(Arguments.of(BrowserPage.DESKTOP, "ko"), Arguments.of(BrowserPage.DESKTOP, "en"),
                Arguments.of(BrowserPage.PHONE, "ko"), Arguments.of(BrowserPage.PHONE, "en"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sizesAndLanguages")
    void everyStateIsAccessibleAndKeepsTheWorkInView(Dimension size, String language) throws Exception {
        boolean phone = size.width < 600;
        String prefix = size.width + "x" + size.height + "-" + language + "-";
        page.open(language, size);
        assertThat(page.text("health-label")).isEqualTo(language.equals("ko") ? "모든 서비스 정상" : "All services up");
        page.checkState(prefix + "1-initial");

        page.generate(language.equals("ko") ? "비 오는 서울 밤거리, 네온사인" : "a red kite over a green hill at dawn");
        // the prompt is where the person goes next: in view, with the keyboard in it
        assertThat(page.js("return document.activeElement.id")).isEqualTo("prompt-editor");
        assertThat(page.box("#prompt-card").get("top").doubleValue()).isBetween(-2.0, size.height / 3.0);
        assertThat(page.text("badges").matches(HANGUL)).isEqualTo(language.equals("ko"));
        page.waitUpTo(10).until(d -> page.byTestId("version-list").findElements(By.tagName("li")).size() == 1);
        page.checkState(prefix + "2-generated");

        page.byTestId("prompt-editor").sendKeys(Keys.END, ", golden hour glow");
        page.waitUpTo(10).until(d -> !page.byTestId("diff-view").findElements(By.tagName("ins")).isEmpty());
        // the live diff is in view next to (wide) or under (phone) the editor while typing
        assertThat(page.inViewport("#diff-view")).as("live diff in view").isTrue();
        Map<String, Number> editor = page.box("#prompt-editor");
        Map<String, Number> diff = page.box("#diff-view");
        if (phone) {
            assertThat(diff.get("top").doubleValue()).isGreaterThanOrEqualTo(editor.get("top").doubleValue());
        } else {
            assertThat(diff.get("left").doubleValue()).isGreaterThanOrEqualTo(editor.get("right").doubleValue());
            assertThat(diff.get("top").doubleValue()).isLessThan(editor.get("bottom").doubleValue());
        }
        assertThat(page.js("const s = getComputedStyle(document.querySelector('#diff-view ins'));"
                + "return s.textDecorationLine")).as("an insertion is marked by a line, not by colour alone")
                .asString().contains("underline");
        assertThat(page.js("return document.querySelector('#diff-view').closest('[aria-live]') === null")).isEqualTo(true);
        page.checkState(prefix + "3-editing");

        page.byTestId("edit-message").sendKeys(language.equals("ko") ? "따뜻한 빛" : "warmer light");
        page.byTestId("save-button").click();
        page.waitUpTo(10).until(d -> page.byTestId("version-list").findElements(By.tagName("li")).size() == 2);
        List<WebElement> picks = page.browser().findElements(By.cssSelector("[data-testid='compare-pick']"));
        picks.get(0).click();
        picks.get(1).click();
        page.waitUpTo(10).until(d -> page.byTestId("compare-view").isDisplayed());
        assertThat(page.byTestId("compare-view").findElements(By.tagName("ins"))).extracting(WebElement::getText)
                .contains("golden", "hour", "glow");
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("compare-view"));
        page.checkState(prefix + "4-comparing");

        if (phone) {
            // on a phone the work goes top to bottom: prompt, versions, suggestions, then render
            double suggestions = page.box("[data-testid='suggestions']").get("top").doubleValue();
            assertThat(suggestions).isLessThan(page.box("#render-card").get("top").doubleValue());
            assertThat(page.box("#versions-card").get("top").doubleValue()).isLessThan(suggestions);
        }

        new org.openqa.selenium.support.ui.Select(page.browser().findElement(By.id("resolution"))).selectByValue("640x360");
        new org.openqa.selenium.support.ui.Select(page.browser().findElement(By.id("duration"))).selectByValue("5");
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("render-button"));
        page.byTestId("render-button").click();
        page.waitUpTo(10).until(d -> page.byTestId("render-status").isDisplayed());
        // only status lines speak up by themselves; the diff and the progress box are read when visited
        assertThat(page.js("return [...document.querySelectorAll('[aria-live], [role=status]')].map(e => e.id)"))
                .asList().containsExactlyInAnyOrder("generate-status", "edit-status", "render-announce");
        page.checkState(prefix + "5-rendering");

        page.waitUpTo(120).until(d -> ((Number) page.js("return arguments[0].readyState",
                page.byTestId("video-player"))).intValue() >= 2);
        page.byTestId("rating-up").click();
        page.waitUpTo(10).until(d -> "true".equals(page.byTestId("rating-up").getAttribute("aria-pressed")));
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byTestId("video-player"));
        page.checkState(prefix + "6-rendered");

        page.offline(true);
        try {
            page.browser().findElement(By.id("refresh-history")).click();
            page.waitUpTo(10).until(d -> page.byTestId("offline-banner").isDisplayed());
            assertThat(page.text("history-empty")).isNotEqualTo(language.equals("ko") ? "아직 프롬프트가 없어요." : "No prompts yet.");
            assertThat(page.browser().findElements(By.cssSelector("#history .item"))).as("what was listed stays").isNotEmpty();
            page.js("window.scrollTo(0, 0)");
            page.checkState(prefix + "7-offline");
        } finally {
            page.offline(false);
        }
        // back online: the next check (every 3 s while unreachable) hides the banner by itself
        page.waitUpTo(15).until(d -> !page.byTestId("offline-banner").isDisplayed());
        assertThat(page.consoleErrors()).filteredOn(e -> !e.contains("ERR_INTERNET_DISCONNECTED")).isEmpty();
    }

    @Test
    void axeReportsAViolationWhenThePageHasOne() throws Exception {
        page.open("en", BrowserPage.DESKTOP);
        page.js("const img = document.createElement('img'); img.src = 'data:,'; document.querySelector('main').append(img)");
        assertThat(page.axeViolations()).anyMatch(v -> v.startsWith("image-alt"));
    }

    @Test
    void switchingLanguageReSaysEveryStatusAndNoInternalIdReachesThePage() throws Exception {
        page.open("ko", BrowserPage.DESKTOP);
        page.generate("빨간 스포츠카가 밤에 산길을 달린다");
        page.byTestId("prompt-editor").sendKeys(Keys.END, ", neon reflections");
        page.waitUpTo(10).until(d -> !page.byTestId("diff-view").findElements(By.tagName("ins")).isEmpty());
        page.byTestId("save-button").click();
        page.waitUpTo(10).until(d -> page.text("edit-status").contains("1"));
        page.waitUpTo(10).until(d -> page.byTestId("version-list").findElements(By.tagName("li")).size() == 2);
        assertThat(page.text("trace")).matches(HANGUL);

        page.browser().findElement(By.cssSelector(".lang[data-lang='en']")).click();

        for (String id : List.of("generate-status", "edit-status", "badges", "health-label", "slots",
                "version-list", "diff-stats", "concept-count", "prompt-count", "render-title", "prompt-title")) {
            assertThat(page.text(id)).as("#%s after switching to English", id).doesNotMatch(HANGUL);
        }
        // the trace quotes the person's own (Korean) words; everything around them is English now
        assertThat(page.text("trace").replaceAll("“[^”]*”", "")).doesNotMatch(HANGUL);
        assertThat(page.text("edit-status")).isEqualTo("Saved as version 1.");
        String everything = page.js("return document.body.innerText").toString();
        assertThat(everything).doesNotContain("default:", "key:", "category:", "vehicle.", "time.night");
        assertThat(page.text("trace")).contains("from your words “스포츠카”", "a usual choice when the idea does not say");
    }
}
