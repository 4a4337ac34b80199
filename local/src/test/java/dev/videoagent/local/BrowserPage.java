package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium against a running local runtime, with what the browser tests do again and
 * again: open it in a language and a size, generate, read the DOM in one script, run axe-core on it, emulate
 * dark mode or a lost network through the DevTools protocol, and keep screenshots.
 */
final class BrowserPage implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Where Maven installed the npm packages of {@code local/browser-tests}. */
    static final Path TOOLS = Path.of(System.getProperty("videoagent.browserTools", "browser-tests/node_modules"));
    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver browser;
    private final int port;
    private final LocalRuntime owned;
    private String axeSource;

    BrowserPage(Path profile, int port) {
        this(profile, port, null);
    }

    private BrowserPage(Path profile, int port, LocalRuntime owned) {
        this.browser = HeadlessChromium.start(profile);
        this.port = port;
        this.owned = owned;
    }

    /** A page on {@code runtime}, which it closes with itself (also when Chromium does not start). */
    static BrowserPage on(LocalRuntime runtime, Path data) {
        try {
            return new BrowserPage(data.resolve("chromium-profile"), runtime.port(), runtime);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    LocalRuntime runtime() {
        return owned;
    }

    ChromeDriver browser() {
        return browser;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** A fresh page in {@code language} ("ko" or "en") at {@code size}, services checked and examples drawn. */
    void open(String language, Dimension size) {
        size(size);
        browser.get(url());
        js("localStorage.clear(); sessionStorage.clear(); localStorage.setItem('videoAgent.lang', arguments[0])", language);
        browser.get(url());
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#examples .chip")).isEmpty()
                && !text("health-label").contains("…"));
        consoleErrors(); // read and dropped: what an earlier test left in the log is not this one's
    }

    /** An attribute of what {@code css} finds, read in one script (null if nothing matches). */
    String attribute(String css, String name) {
        Object value = js("const el = document.querySelector(arguments[0]); return el ? el.getAttribute(arguments[1]) : null",
                css, name);
        return value == null ? null : value.toString();
    }

    /** Clicks what {@code css} finds, again if the list it is in was redrawn meanwhile. */
    void click(String css) {
        waitUpTo(10).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** The window resized so that the page's viewport (not the window) is {@code size}. */
    void size(Dimension size) {
        browser.manage().window().setSize(size);
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        long innerHeight = ((Number) js("return window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(size.width * 2 - (int) innerWidth,
                size.height * 2 - (int) innerHeight));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    WebElement byTestId(String id) {
        return HeadlessChromium.byTestId(browser, id);
    }

    WebDriverWait waitUpTo(int seconds) {
        return HeadlessChromium.waitUpTo(browser, seconds);
    }

    /** The text of the element with this id, read in one script (lists are redrawn whole). */
    String text(String id) {
        Object value = js("const el = document.getElementById(arguments[0]); return el ? el.innerText : ''", id);
        return value == null ? "" : value.toString();
    }

    void generate(String idea) {
        WebElement concept = byTestId("concept-input");
        concept.clear();
        concept.sendKeys(idea);
        String before = byTestId("prompt-editor").getAttribute("value");
        byTestId("generate-button").click();
        waitUpTo(20).until(d -> "false".equals(byTestId("generate-button").getAttribute("aria-busy"))
                && !byTestId("prompt-editor").getAttribute("value").equals(before));
    }

    /** The page's box of an element: left, top, right, bottom in CSS pixels of the viewport. */
    @SuppressWarnings("unchecked")
    Map<String, Number> box(String cssSelector) {
        return (Map<String, Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom,"
                + " viewportHeight: window.innerHeight, viewportWidth: window.innerWidth}", cssSelector);
    }

    boolean inViewport(String cssSelector) {
        Map<String, Number> box = box(cssSelector);
        return box.get("top").doubleValue() >= -1 && box.get("bottom").doubleValue() <= box.get("viewportHeight").doubleValue() + 1
                && box.get("bottom").doubleValue() > box.get("top").doubleValue();
    }

    /** axe-core (from npm) run in the page: the violations, each as "rule (impact): node — summary". */
    List<String> axeViolations() throws IOException {
        if (axeSource == null) {
            axeSource = Files.readString(TOOLS.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        }
        js(axeSource);
        Object report = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)),"
                + " e => done(JSON.stringify([{id: 'axe-error', impact: String(e), nodes: []}])))");
        List<String> violations = new ArrayList<>();
        for (JsonNode v : JSON.readTree(report.toString())) {
            for (JsonNode node : v.get("nodes")) {
                violations.add(v.get("id").asText() + " (" + v.get("impact").asText() + "): " + node.get("target")
                        + " — " + node.path("failureSummary").asText());
            }
            if (v.get("nodes").isEmpty()) {
                violations.add(v.get("id").asText() + " (" + v.get("impact").asText() + ")");
            }
        }
        return violations;
    }

    /** axe reports nothing in this state; a screenshot of it is kept under {@code name}. */
    void checkState(String name) throws IOException {
        screenshot(name + ".png");
        assertThat(axeViolations()).as("axe-core violations in state %s", name).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** The network cut (or back) for this page, as a lost connection would. */
    void offline(boolean offline) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** {@code prefers-color-scheme: dark} (or light) for the page. */
    void colorScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Settings a deployment's config.js could carry, merged in before the page reads them. */
    String configure(String settingsJson) {
        Object id = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window, 'VIDEO_AGENT_CONFIG', {configurable: true,"
                        + " set(v) { this.__config = Object.assign({}, v, " + settingsJson + "); },"
                        + " get() { return this.__config; }});")).get("identifier");
        return id.toString();
    }

    void unconfigure(String id) {
        browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    /** Starts recording every text an element shows, so a test asserts on what was shown, not on one poll. */
    void recordTexts(String id) {
        js("const el = document.getElementById(arguments[0]); window.__texts = window.__texts || {};"
                + "const log = window.__texts[arguments[0]] = [el.innerText];"
                + "new MutationObserver(() => log.push(el.innerText)).observe(el, {childList: true, subtree: true,"
                + " characterData: true});", id);
    }

    @SuppressWarnings("unchecked")
    List<String> recordedTexts(String id) {
        return (List<String>) js("return (window.__texts || {})[arguments[0]] || []", id);
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
