package dev.videoagent.core.error;

/** A text field is over its length limit; answered as 413 with the field, its length and the limit. */
public class InputTooLongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int length;
    private final int limit;

    public InputTooLongException(String field, int length, int limit) {
        super("Field '" + field + "' has " + length + " characters; the limit is " + limit + ".");
        this.field = field;
        this.length = length;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    public int length() {
        return length;
    }

    public int limit() {
        return limit;
    }
}
