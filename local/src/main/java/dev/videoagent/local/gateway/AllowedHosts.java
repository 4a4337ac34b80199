package dev.videoagent.local.gateway;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names the local gateway answers to: localhost, 127.0.0.1, [::1] and those configured. Any other Host
 * header is refused, so a web page on another site cannot reach the API through DNS rebinding.
 */
public final class AllowedHosts {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** Loopback names plus the comma-separated {@code configured} ones (empty or null for none). */
    public static AllowedHosts of(String configured) {
        Set<String> names = new HashSet<>(LOOPBACK);
        if (configured != null) {
            for (String name : configured.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new AllowedHosts(names);
    }

    /** Whether a Host header (with or without its port) names this server. */
    public boolean allows(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.startsWith("[") ? h.indexOf("]:") + 1 : h.lastIndexOf(':');
        if (colon > 0 && h.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            h = h.substring(0, colon);
        }
        return names.contains(h);
    }
}
