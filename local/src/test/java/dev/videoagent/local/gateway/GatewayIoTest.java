package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayIoTest {

    @Test
    void aPercentNotFollowedByTwoHexDigitsIsABadEscape() {
        for (String bad : new String[] {"%", "a=%", "a=%4", "%zz", "/api/%g0", "x%2", "%%41"}) {
            assertThat(GatewayIo.hasBadEscape(bad)).as(bad).isTrue();
        }
        for (String good : new String[] {"", "a=b", "%41", "a=%EB%88%88&b=%2F", "/api/renders/job%2042", "100%25"}) {
            assertThat(GatewayIo.hasBadEscape(good)).as(good).isFalse();
        }
        assertThat(GatewayIo.hasBadEscape(null)).isFalse();
    }
}
