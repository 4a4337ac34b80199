package dev.videoagent.local;

import java.nio.file.Path;
import java.util.Map;

/** The local runtime as the integration tests start it: loopback, any free port, the page from web-static. */
final class TestRuntimes {

    static final Path WEB_ROOT = Path.of(System.getProperty("videoagent.webRoot", "../web-static"));

    private TestRuntimes() {
    }

    static LocalOptions options(Path data) {
        return new LocalOptions(LocalOptions.LOOPBACK, 0, data, WEB_ROOT);
    }

    static LocalRuntime start(Path data) {
        return LocalRuntime.start(options(data), Map.of());
    }
}
