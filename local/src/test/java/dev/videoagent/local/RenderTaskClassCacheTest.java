package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTaskClassCacheTest {

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarGetsANewArchiveAndOnlyJarsAreArchived() throws Exception {
        Path jar = Files.writeString(dir.resolve("video-agent-local.jar"), "one");
        Path first = RenderTaskClassCache.archive(dir, jar.toString());
        assertThat(RenderTaskClassCache.archive(dir, jar.toString())).isEqualTo(first);
        Files.writeString(jar, "rebuilt, longer");
        assertThat(RenderTaskClassCache.archive(dir, jar.toString())).isNotEqualTo(first);

        assertThat(RenderTaskClassCache.archivable(jar.toString())).isTrue();
        Files.createDirectories(dir.resolve("classes"));
        assertThat(RenderTaskClassCache.archivable(jar + File.pathSeparator + dir.resolve("classes"))).isFalse();
    }

    @Test
    void aJvmGivenTheOptionsStartsQuietlyWhileTheArchiveIsMissing() throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(RenderTaskClassCache.options(dir.resolve("missing.jsa")));
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).isZero();
        assertThat(output).contains("version").doesNotContainIgnoringCase("cds").doesNotContainIgnoringCase("archive");
    }
}
