package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the page reaches people: text gzipped by the local gateway, no layout shift while it fills, and
 * Lighthouse (from npm, in Debian's chromium) at 95 or more in all four categories on mobile and desktop.
 * The scores are written to {@code target/lighthouse/scores.json}.
 */
class PageDeliveryIT {

    private static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");
    private static final Path REPORTS = Path.of("target", "lighthouse");

    @TempDir
    static Path data;

    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        // nothing here renders: a warm render task beside Lighthouse would measure this machine's contention
        runtime = LocalRuntime.start(TestRuntimes.options(data).withColdRenders(), java.util.Map.of());
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void textIsSentGzippedToClientsThatTakeItAndVideosNever() throws Exception {
        for (String file : List.of("app.js", "app.css", "index.html", "i18n.js")) {
            byte[] plain = Files.readAllBytes(TestRuntimes.WEB_ROOT.resolve(file));
            HttpResponse<byte[]> zipped = get("/" + file, true);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(file).contains("gzip");
            assertThat(zipped.body().length).as(file + " compressed").isLessThan(plain.length / 2);
            assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes()).isEqualTo(plain);
            HttpResponse<byte[]> raw = get("/" + file, false);
            assertThat(raw.headers().firstValue("Content-Encoding")).as("no gzip unless asked").isEmpty();
            assertThat(raw.body()).isEqualTo(plain);
        }
        assertThat(get("/api/history?limit=50", true).headers().firstValue("Vary").orElse(""))
                .containsIgnoringCase("Accept-Encoding");
    }

    @Test
    void thePageDoesNotShiftWhileItFillsOnAPhoneInKorean() {
        try (BrowserPage page = new BrowserPage(data.resolve("chromium-profile"), runtime.port())) {
            page.browser().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries())"
                            + " if (!e.hadRecentInput) window.__shift += e.value; })"
                            + ".observe({type: 'layout-shift', buffered: true});"));
            page.open("ko", BrowserPage.PHONE);
            page.waitUpTo(10).until(d -> !page.text("history-empty").isEmpty() || !page.text("history").isEmpty());
            double shift = ((Number) page.js("return window.__shift")).doubleValue();
            assertThat(shift).as("cumulative layout shift while loading").isLessThan(0.02);
        }
    }

    @Test
    void lighthouseScoresAtLeast95InEveryCategoryOnMobileAndDesktop() throws Exception {
        Files.createDirectories(REPORTS);
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        for (String formFactor : List.of("mobile", "desktop")) {
            scores.put(formFactor, lighthouse(formFactor));
        }
        Files.writeString(REPORTS.resolve("scores.json"), new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(scores));
        for (Map.Entry<String, Map<String, Double>> run : scores.entrySet()) {
            assertThat(run.getValue()).as("%s scores", run.getKey()).allSatisfy((category, score) ->
                    assertThat(score).as("%s %s (report in %s)", run.getKey(), category, REPORTS).isGreaterThanOrEqualTo(0.95));
        }
    }

    private static Map<String, Double> lighthouse(String formFactor) throws Exception {
        Path report = REPORTS.resolve(formFactor + ".json").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("node",
                BrowserPage.TOOLS.resolve("lighthouse/cli/index.js").toAbsolutePath().toString(),
                "http://127.0.0.1:" + runtime.port() + "/", "--quiet", "--output=json", "--output-path=" + report,
                "--only-categories=" + String.join(",", CATEGORIES),
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run"
                        + " --disable-background-networking --disable-component-update --disable-sync"
                        + " --disable-dev-shm-usage"));
        if (formFactor.equals("desktop")) {
            command.add("--preset=desktop");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(REPORTS.resolve(formFactor + ".log").toFile());
        builder.environment().put("CHROME_PATH", System.getProperty("videoagent.chromium", "/usr/bin/chromium"));
        Process process = builder.start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("lighthouse finished").isTrue();
        assertThat(process.exitValue()).as("lighthouse exit (log in %s)", REPORTS).isZero();
        JsonNode categories = new ObjectMapper().readTree(report.toFile()).get("categories");
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            scores.put(category, categories.get(category).get("score").asDouble());
        }
        return scores;
    }
}
