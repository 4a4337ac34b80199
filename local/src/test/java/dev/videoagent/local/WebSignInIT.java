package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page with {@code serve --users} in headless Chromium: signing in through the runtime's OIDC server (its
 * login form, the authorization code flow with PKCE), working as that person, and signing out again.
 */
class WebSignInIT {

    @TempDir
    static Path data;

    private static LocalRuntime runtime;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(TestRuntimes.options(data).withUsers(), Map.of());
        browser = HeadlessChromium.start(data.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private static WebElement byTestId(String id) {
        return HeadlessChromium.byTestId(browser, id);
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return HeadlessChromium.waitUpTo(browser, seconds);
    }

    @Test
    void aPersonSignsInWorksAsThemselvesAndSignsOut() {
        String page = "http://127.0.0.1:" + runtime.port() + "/";
        browser.get(page);
        WebElement signIn = waitUpTo(10).until(d -> d.findElement(By.id("sign-in")));
        waitUpTo(10).until(d -> signIn.isDisplayed());
        assertThat(byTestId("account-name").getText()).isEmpty();
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isFalse();

        signIn.click();
        WebElement user = waitUpTo(10).until(d -> d.findElement(By.name("username")));
        assertThat(browser.getCurrentUrl()).contains("/videoagent/authorize").contains("code_challenge_method=S256");
        user.sendKeys("ana");
        user.submit();

        waitUpTo(15).until(d -> d.getCurrentUrl().startsWith(page) && "ana".equals(
                d.findElement(By.cssSelector("[data-testid='account-name']")).getText()));
        assertThat(browser.getCurrentUrl()).as("the code and state are gone from the address").isEqualTo(page);
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isFalse();

        WebElement concept = byTestId("concept-input");
        concept.sendKeys("눈 내리는 산타마을");
        byTestId("generate-button").click();
        waitUpTo(15).until(d -> !d.findElement(By.cssSelector("[data-testid='prompt-editor']")).getAttribute("value")
                .isBlank());
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#history .item")).isEmpty());

        browser.findElement(By.id("sign-out")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("sign-in")).isDisplayed());
        assertThat(byTestId("account-name").getText()).isEmpty();
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("#history .item")).isEmpty());
        assertThat(byTestId("prompt-editor").isDisplayed()).as("nothing of ana's stays on the page").isFalse();
        assertThat(browser.getCurrentUrl()).doesNotContain("#p/");

        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                // the signed-out history call is refused, as it should be; the login page's web font is offline
                .filter(m -> !m.contains("401") && !m.contains("fonts.googleapis.com")).toList();
        assertThat(errors).isEmpty();
    }
}
