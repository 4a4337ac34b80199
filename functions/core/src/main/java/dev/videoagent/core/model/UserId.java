package dev.videoagent.core.model;

import dev.videoagent.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * Who owns a record: the signed-in person's stable id (Cognito's {@code sub} in AWS, the OIDC server's
 * subject locally), or {@link #LOCAL}, the one person of a single-user local runtime. Records stored before
 * there were users carry no owner and belong to {@link #LOCAL}.
 */
public record UserId(String value) {

    /** Cognito subs are UUIDs; OIDC subjects may be names or e-mail addresses. Nothing else gets in. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._@:+\\-]{1,128}");

    /** The single local user, and the owner of every record stored before users existed. */
    public static final UserId LOCAL = new UserId("local");

    public UserId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new ValidationException("The signed-in user's id is not one this service accepts.");
        }
    }

    /** The owner a stored record names, {@link #LOCAL} when it names none (stored before users existed). */
    public static UserId ofStored(String value) {
        return value == null ? LOCAL : new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
