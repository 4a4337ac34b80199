package dev.videoagent.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client will not send: another Host, a bad request line, a URI
 * of a megabyte, a request that stops halfway.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** A response as read off the wire; header names in lower case. */
    record Answer(String statusLine, int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** "GET path HTTP/1.1" to 127.0.0.1 with Connection: close, and the whole answer. */
    static Answer get(int port, String path) {
        return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    }

    /**
     * Sends the request from another thread (the server may answer before it has read a long one, and close) and
     * reads the answer to its end.
     */
    static Answer exchange(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(bytes);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the server answered and closed before reading it all: the answer is what counts
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            return parse(readToEnd(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection that sent {@code partial} and then nothing more. */
    static Socket halfOpen(int port, String partial) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server closed the connection (end of stream or a reset) within {@code wait}; bytes sent before are skipped. */
    static boolean closedByServer(Socket socket, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                socket.setSoTimeout((int) left);
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    /** One response off a kept-alive connection (its headers, then Content-Length bytes), leaving it open. */
    static Answer readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!out.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed in the headers: " + out);
            }
            out.write(b);
        }
        String length = parse(out.toByteArray()).header("Content-Length");
        out.write(in.readNBytes(length == null ? 0 : Integer.parseInt(length)));
        return parse(out.toByteArray());
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a reset after the answer (the server closed with our request unread): keep what arrived
            if (out.size() == 0) {
                throw e;
            }
        }
        return out.toByteArray();
    }

    static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String[] status = lines[0].split(" ", 3);
        return new Answer(lines[0], Integer.parseInt(status[1]), headers, text.substring(end + 4));
    }
}
