package dev.videoagent.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A constant of a closed set with the lowercase text it has in the API's JSON and in stored documents: its
 * name in lower case (WireValueTest pins every set, so renaming a constant fails a test before it changes what
 * clients or old documents see). The JSON codec (handlers) and the BSON mapping (adapters) write
 * {@link #wire()} and read back with the enum's {@code fromWire}.
 */
public interface WireValue {

    /** Only enums implement this. */
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} spelled {@code wire}; empty for null or an unknown value. */
    static <E extends Enum<E> & WireValue> Optional<E> find(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(wire)).findFirst();
    }

    /** The constant of {@code type} spelled {@code wire}; an unknown value is a bug or bad data, never a default. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String wire) {
        return find(type, wire).orElseThrow(() -> new IllegalArgumentException("Unknown " + label(type) + " '"
                + wire + "': expected one of " + Arrays.stream(type.getEnumConstants()).map(WireValue::wire)
                .collect(Collectors.joining(", ")) + "."));
    }

    /** {@code WordOp.Kind}, not {@code dev.videoagent.core.model.WordOp$Kind}. */
    private static String label(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }
}
