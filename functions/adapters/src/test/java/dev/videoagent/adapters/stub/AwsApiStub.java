package dev.videoagent.adapters.stub;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP stand-in for a JSON API that cannot run here (Bedrock, Step Functions, Secrets Manager, Ollama):
 * it records each request (method, path, X-Amz-Target, body, Authorization) and answers with the
 * status, body and error type a test sets.
 */
public final class AwsApiStub implements AutoCloseable {

    private final HttpServer server;
    private final String contentType;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final Deque<Answer> inTurn = new ArrayDeque<>();
    private volatile Answer answer = new Answer(200, "{}", null);

    /** One request as it arrived: headers by lower-case name (first value). */
    public record Exchange(String method, String path, Map<String, String> headers, String body) {
    }

    /** A status, a body and the error type header (null for none). */
    public record Answer(int status, String body, String errorType) {
    }

    public AwsApiStub(String contentType) {
        this.contentType = contentType;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("X-Amz-Target") + " " + body
                    + " auth=" + exchange.getRequestHeaders().getFirst("Authorization"));
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    values.get(0)));
            exchanges.add(new Exchange(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            Answer next = next();
            byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", this.contentType);
            if (next.errorType() != null) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", next.errorType());
            }
            exchange.sendResponseHeaders(next.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next answers: HTTP status, body, and the error type header (null for none). */
    public void answer(int newStatus, String body, String newErrorType) {
        this.answer = new Answer(newStatus, body, newErrorType);
    }

    /** These answers once each, in turn, before the standing one. */
    public synchronized void answerInTurn(Answer... answers) {
        inTurn.addAll(List.of(answers));
    }

    private synchronized Answer next() {
        return inTurn.isEmpty() ? answer : inTurn.poll();
    }

    public List<String> requests() {
        return requests;
    }

    public List<Exchange> exchanges() {
        return exchanges;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
