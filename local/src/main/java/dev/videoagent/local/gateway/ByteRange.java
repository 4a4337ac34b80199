package dev.videoagent.local.gateway;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One byte range of a {@code Range: bytes=...} header over a file of known length (RFC 9110). */
record ByteRange(long start, long end, boolean satisfiable) {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** Empty when the header asks for no single range (absent or malformed: the whole file is sent). */
    static Optional<ByteRange> parse(String header, long length) {
        Matcher m = header == null ? null : RANGE.matcher(header.trim());
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return Optional.empty();
        }
        long start;
        long end;
        if (m.group(1).isEmpty()) { // bytes=-500: the last 500 bytes
            start = Math.max(0, length - number(m.group(2)));
            end = length - 1;
        } else {
            start = number(m.group(1));
            end = m.group(2).isEmpty() ? length - 1 : Math.min(number(m.group(2)), length - 1);
        }
        boolean satisfiable = start < length && start <= end;
        return Optional.of(satisfiable ? new ByteRange(start, end, true) : new ByteRange(0, -1, false));
    }

    /** bytes=99999999999999999999-: a position past any file, not a NumberFormatException. */
    private static long number(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
