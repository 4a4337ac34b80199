package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void aRangeInsideTheFileIsServedAndOnePastItsEndIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99, true));
        assertThat(ByteRange.parse("bytes=900-", 1000)).contains(new ByteRange(900, 999, true));
        assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999, true));
        assertThat(ByteRange.parse("bytes=500-99999", 1000)).contains(new ByteRange(500, 999, true));
        assertThat(ByteRange.parse("bytes=1000-", 1000)).hasValueSatisfying(r -> assertThat(r.satisfiable()).isFalse());
        assertThat(ByteRange.parse("bytes=20-10", 1000)).hasValueSatisfying(r -> assertThat(r.satisfiable()).isFalse());
    }

    @Test
    void numbersTooLongForALongAreAPositionPastTheFileNotAnError() {
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000))
                .hasValueSatisfying(r -> assertThat(r.satisfiable()).isFalse());
        assertThat(ByteRange.parse("bytes=-99999999999999999999", 1000)).contains(new ByteRange(0, 999, true));
    }

    @Test
    void noOrAMalformedHeaderMeansTheWholeFile() {
        assertThat(ByteRange.parse(null, 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-5", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-5,10-20", 1000)).isEmpty();
    }
}
