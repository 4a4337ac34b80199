package dev.videoagent.local;

import static dev.videoagent.local.VideoAgentCli.inRange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.gateway.GatewayAuth;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code video-agent token NAME}: an ID token for user NAME from a running {@code serve --users}, for scripts and
 * tests ({@code curl -H "Authorization: Bearer $(local/video-agent token ana)"}). The runtime's page config says
 * where its OIDC server is; the token comes from that server's token endpoint, as the page's would.
 */
@Command(name = "token", sortOptions = false,
        description = {"Print an ID token for user NAME from a running `serve --users`."})
final class TokenCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "the user to sign in as: letters, digits and . _ @ + -")
    private String name;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + LocalOptions.DEFAULT_PORT,
            description = "the running server's port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        inRange(spec, "--port", port, 1, 65535);
        if (!name.matches("[A-Za-z0-9._@+\\-]{1,128}")) {
            err.println("video-agent token: NAME must be 1 to 128 letters, digits or . _ @ + -");
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            JsonNode config = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + GatewayAuth.PAGE_CONFIG_PATH)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (!config.path("signIn").asBoolean(false)) {
                err.println("video-agent token: the server on port " + port + " has one local user and takes no"
                        + " tokens; start it with `serve --users`");
                return 1;
            }
            String form = "grant_type=password&scope=openid&password=-&username=" + encode(name) + "&client_id="
                    + encode(config.get("clientId").asText());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(config.get("tokenEndpoint")
                            .asText())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode token = JSON.readTree(answer.body());
            if (answer.statusCode() != 200 || !token.hasNonNull("id_token")) {
                err.println("video-agent token: the OIDC server answered " + answer.statusCode());
                return 1;
            }
            out.println(token.get("id_token").asText());
            return 0;
        } catch (IOException e) {
            err.println("video-agent token: no server with sign-in on 127.0.0.1:" + port + " (" + e + ")");
            return 1;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
