package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.auth.LocalOidcServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** ID tokens from a running {@code serve --users}, through {@code video-agent token NAME --port P} as a script gets them. */
public final class LocalTokens {

    private LocalTokens() {
    }

    public static String token(LocalRuntime runtime, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VideoAgentCli.run(new String[] {"token", name, "--port", Integer.toString(runtime.port())}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    /** An ID token straight from an OIDC server's token endpoint (password grant), for any client id. */
    public static String fromServer(LocalOidcServer server, String user, String clientId) throws Exception {
        return fromTokenEndpoint(server.tokenEndpoint(), user, clientId);
    }

    public static String fromTokenEndpoint(URI tokenEndpoint, String user, String clientId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&scope=openid&password=-&username="
                        + user + "&client_id=" + clientId)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body()).get("id_token").asText();
    }
}
