package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {

    @TempDir
    Path dir;

    @Test
    void servesFilesAndIndexInsideTheRootOnly() throws Exception {
        Path root = Files.createDirectories(dir.resolve("web"));
        Files.writeString(root.resolve("index.html"), "<html></html>");
        Files.writeString(root.resolve("app.js"), "export {}");
        Files.writeString(dir.resolve("secret.txt"), "no");
        StaticFiles files = new StaticFiles(root);

        assertThat(files.resolve("/")).contains(root.resolve("index.html"));
        assertThat(files.resolve("/app.js")).contains(root.resolve("app.js"));
        assertThat(files.resolve("/../secret.txt")).isEmpty();
        assertThat(files.resolve("/%2e%2e/secret.txt")).isEmpty();
        assertThat(files.resolve("/..\\secret.txt")).isEmpty();
        assertThat(files.resolve("/missing.css")).isEmpty();
    }

    @Test
    void symlinksLeavingTheRootAreRefused() throws Exception {
        Path root = Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("secret.txt"), "no");
        Files.createSymbolicLink(root.resolve("link.txt"), dir.resolve("secret.txt"));

        assertThat(new StaticFiles(root).resolve("/link.txt")).isEmpty();
    }

    @Test
    void contentTypesForThePageAssets() {
        assertThat(StaticFiles.contentType(Path.of("index.html"))).isEqualTo("text/html; charset=utf-8");
        assertThat(StaticFiles.contentType(Path.of("app.js"))).isEqualTo("text/javascript; charset=utf-8");
        assertThat(StaticFiles.contentType(Path.of("v.webm"))).isEqualTo("video/webm");
        assertThat(StaticFiles.contentType(Path.of("blob"))).isEqualTo("application/octet-stream");
    }
}
