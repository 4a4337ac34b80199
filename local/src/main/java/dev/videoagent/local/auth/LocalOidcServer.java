package dev.videoagent.local.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The OIDC server of {@code serve --users}, in-process on loopback: what Cognito's managed login is in AWS. Its
 * login page signs in whoever types a name (a development server, not a user directory), and its tokens are
 * verified by the gateway exactly as the Cognito authorizer verifies Cognito's: issuer, audience, expiry and the
 * signature against its published keys.
 */
public final class LocalOidcServer implements AutoCloseable {

    /** The issuer's path segment: tokens say {@code iss = http://localhost:PORT/videoagent}. */
    public static final String ISSUER_ID = "videoagent";
    /** The page's public client (no secret), as the stack's Cognito app client: the audience of its ID tokens. */
    public static final String PAGE_CLIENT_ID = "videoagent-page";

    private final MockOAuth2Server server;

    private LocalOidcServer(MockOAuth2Server server) {
        this.server = server;
    }

    /**
     * Starts on {@code host}, any free port; the login page asks for a name, as a sign-in form would. Its signing
     * keys are made at start (not the library's bundled ones, which anyone can read), so a token is good only with
     * the runtime that issued it.
     */
    public static LocalOidcServer start(String host) {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, null, null, false,
                new OAuth2TokenProvider(new KeyProvider(List.of())), Set.of(), new MockWebServerWrapper()));
        try {
            server.start(InetAddress.getByName(host), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalOidcServer(server);
    }

    public URI issuer() {
        return server.issuerUrl(ISSUER_ID).uri();
    }

    public URI jwks() {
        return server.jwksUrl(ISSUER_ID).uri();
    }

    public URI tokenEndpoint() {
        return server.tokenEndpointUrl(ISSUER_ID).uri();
    }

    public URI authorizationEndpoint() {
        return server.authorizationEndpointUrl(ISSUER_ID).uri();
    }

    public URI endSessionEndpoint() {
        return server.endSessionEndpointUrl(ISSUER_ID).uri();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
