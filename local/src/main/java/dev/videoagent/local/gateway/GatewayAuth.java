package dev.videoagent.local.gateway;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How the gateway signs people in: who a request is from ({@link GatewayAuthorizer}) and what the page is told
 * about it at {@code /auth-config.json} (in AWS the stack writes the same file with the Cognito user pool's
 * details), so the page can sign in, or knows it need not.
 */
public record GatewayAuth(GatewayAuthorizer authorizer, Map<String, Object> pageConfig) {

    public static final String PAGE_CONFIG_PATH = "/auth-config.json";

    /** One local user, nobody signs in. */
    public static final GatewayAuth SINGLE_USER = new GatewayAuth(GatewayAuthorizer.SINGLE_USER,
            Map.of("signIn", false));

    public GatewayAuth {
        pageConfig = Map.copyOf(pageConfig);
    }

    /** The origin the page exchanges and refreshes its tokens at, which its security policy must let it reach. */
    public Optional<String> tokenOrigin() {
        return Optional.ofNullable(pageConfig.get("tokenEndpoint")).map(Object::toString).map(URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority());
    }
}
