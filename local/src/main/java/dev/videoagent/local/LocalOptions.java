package dev.videoagent.local;

import java.nio.file.Path;

/** How {@code serve} runs: the gateway's port (0 = any free port), the data and web directories. */
public record LocalOptions(String host, int port, Path dataDir, Path webRoot) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public LocalOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        webRoot = webRoot.toAbsolutePath().normalize();
    }
}
