package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.local.LocalTokens;
import dev.videoagent.local.auth.LocalOidcServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's token check against the real OIDC server of {@code serve --users} (and a second one as a foreign
 * issuer): what the Cognito authorizer checks, each way to fail it refused.
 */
class JwtAuthorizerIT {

    private static LocalOidcServer oidc;
    private static LocalOidcServer foreign;
    private static JwtAuthorizer authorizer;

    @BeforeAll
    static void startServers() {
        oidc = LocalOidcServer.start("127.0.0.1");
        foreign = LocalOidcServer.start("127.0.0.1");
        authorizer = new JwtAuthorizer(oidc.issuer(), oidc.jwks(), LocalOidcServer.PAGE_CLIENT_ID);
    }

    @AfterAll
    static void stopServers() {
        oidc.close();
        foreign.close();
    }

    private static Map<String, List<String>> bearer(String token) {
        return Map.of("authorization", List.of("Bearer " + token));
    }

    @Test
    void aTokenOfTheIssuerForThePageNamesItsUserInTheClaims() throws Exception {
        Map<String, String> claims = authorizer.claims(bearer(LocalTokens.fromServer(oidc, "ana", LocalOidcServer.PAGE_CLIENT_ID)))
                .orElseThrow();

        assertThat(claims).containsEntry("sub", "ana").containsEntry("cognito:username", "ana")
                .containsEntry("iss", oidc.issuer().toString());
    }

    @Test
    void noTokenOrNoBearerSchemeIsNobody() {
        assertThat(authorizer.claims(Map.of())).isEmpty();
        assertThat(authorizer.claims(Map.of("Authorization", List.of("Basic YW5hOng=")))).isEmpty();
        assertThat(authorizer.claims(bearer("not.a.jwt"))).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = LocalTokens.fromServer(oidc, "ana", LocalOidcServer.PAGE_CLIENT_ID);
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"ana\"", "\"ben\"").getBytes());

        assertThat(authorizer.claims(bearer(parts[0] + "." + otherPayload + "." + parts[2]))).isEmpty();
    }

    @Test
    void aTokenForAnotherClientOrFromAnotherIssuerIsRefused() throws Exception {
        assertThat(authorizer.claims(bearer(LocalTokens.fromServer(oidc, "ana", "some-other-app")))).isEmpty();
        assertThat(authorizer.claims(bearer(LocalTokens.fromServer(foreign, "ana", LocalOidcServer.PAGE_CLIENT_ID)))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = LocalTokens.fromServer(oidc, "ana", LocalOidcServer.PAGE_CLIENT_ID);
        JwtAuthorizer later = new JwtAuthorizer(oidc.issuer(), oidc.jwks(), LocalOidcServer.PAGE_CLIENT_ID,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));

        assertThat(later.claims(bearer(token))).isEmpty();
        assertThat(authorizer.claims(bearer(token))).isPresent();
    }
}
