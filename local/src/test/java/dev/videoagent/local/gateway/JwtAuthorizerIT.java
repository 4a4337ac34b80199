package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.auth.LocalOidcServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /** An ID token from the server's token endpoint, as the page and `video-agent token` get theirs. */
    static String idToken(LocalOidcServer server, String user, String clientId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&scope=openid&password=-&username="
                        + user + "&client_id=" + clientId)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body()).get("id_token").asText();
    }

    private static Map<String, List<String>> bearer(String token) {
        return Map.of("authorization", List.of("Bearer " + token));
    }

    @Test
    void aTokenOfTheIssuerForThePageNamesItsUserInTheClaims() throws Exception {
        Map<String, String> claims = authorizer.claims(bearer(idToken(oidc, "ana", LocalOidcServer.PAGE_CLIENT_ID)))
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
        String token = idToken(oidc, "ana", LocalOidcServer.PAGE_CLIENT_ID);
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"ana\"", "\"ben\"").getBytes());

        assertThat(authorizer.claims(bearer(parts[0] + "." + otherPayload + "." + parts[2]))).isEmpty();
    }

    @Test
    void aTokenForAnotherClientOrFromAnotherIssuerIsRefused() throws Exception {
        assertThat(authorizer.claims(bearer(idToken(oidc, "ana", "some-other-app")))).isEmpty();
        assertThat(authorizer.claims(bearer(idToken(foreign, "ana", LocalOidcServer.PAGE_CLIENT_ID)))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = idToken(oidc, "ana", LocalOidcServer.PAGE_CLIENT_ID);
        JwtAuthorizer later = new JwtAuthorizer(oidc.issuer(), oidc.jwks(), LocalOidcServer.PAGE_CLIENT_ID,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));

        assertThat(later.claims(bearer(token))).isEmpty();
        assertThat(authorizer.claims(bearer(token))).isPresent();
    }
}
