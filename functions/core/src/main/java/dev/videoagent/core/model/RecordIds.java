package dev.videoagent.core.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Record ids that sort by creation time: 10 characters of millisecond timestamp and 16 random
 * characters, Crockford base32 (the ULID layout), lowercase.
 */
public final class RecordIds implements Supplier<String> {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RecordIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String get() {
        char[] id = new char[26];
        long time = clock.millis();
        for (int i = 9; i >= 0; i--) {
            id[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            id[i] = ALPHABET[random.nextInt(32)];
        }
        return new String(id);
    }

    /** Whether a text has the shape of a record id (used to reject malformed ids with 400). */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 26) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
