package dev.videoagent.local.gateway;

import dev.videoagent.core.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a request is from, decided before its handler runs, as API Gateway's Cognito authorizer does in AWS: the
 * claims go into the event's {@code requestContext.authorizer.claims}; a request without valid ones is answered
 * 401 by the gateway itself. Health is never authorized, as in the stack.
 */
@FunctionalInterface
public interface GatewayAuthorizer {

    /** The claims of the request's verified credentials; empty when it has none or bad ones. */
    Optional<Map<String, String>> claims(Map<String, List<String>> headers);

    /** A single-user runtime: every request is the local user's, and nobody signs in. */
    GatewayAuthorizer SINGLE_USER = headers -> Optional.of(Map.of("sub", UserId.LOCAL.value(),
            "cognito:username", UserId.LOCAL.value()));
}
