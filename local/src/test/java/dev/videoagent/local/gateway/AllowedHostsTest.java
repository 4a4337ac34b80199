package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    @Test
    void loopbackNamesWithOrWithoutAPortAreAllowedAndOthersAreNot() {
        AllowedHosts hosts = AllowedHosts.of(null);
        assertThat(hosts.allows("localhost:8080")).isTrue();
        assertThat(hosts.allows("127.0.0.1:8080")).isTrue();
        assertThat(hosts.allows("[::1]:8080")).isTrue();
        assertThat(hosts.allows("LOCALHOST")).isTrue();
        assertThat(hosts.allows("evil.example")).isFalse();
        assertThat(hosts.allows("evil.example:8080")).isFalse();
        assertThat(hosts.allows("localhost.evil.example")).isFalse();
        assertThat(hosts.allows(null)).isFalse();
        assertThat(hosts.allows("")).isFalse();
    }

    @Test
    void configuredNamesAreAllowedToo() {
        AllowedHosts hosts = AllowedHosts.of(" studio.lan , Video.Box ");
        assertThat(hosts.allows("studio.lan:8080")).isTrue();
        assertThat(hosts.allows("video.box")).isTrue();
        assertThat(hosts.allows("other.lan")).isFalse();
    }
}
