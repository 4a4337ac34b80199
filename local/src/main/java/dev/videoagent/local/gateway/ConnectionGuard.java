package dev.videoagent.local.gateway;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a slowloris from taking the gateway: a connection must finish its request headers within the header
 * timeout, and one client address holds at most so many connections. A new connection from a client at its cap
 * closes that client's oldest connection that is waiting for request headers (a half-open one, or one idle between
 * requests: closing either loses no request); only when all of them are in the middle of a request is the new one
 * refused. Jetty reads headers on its selector without a thread per connection, so waiting ones cost only memory.
 *
 * <p>Jetty tells it of connections opened and closed (a {@link Connection.Listener}) and of headers complete (a
 * {@link HttpConfiguration.Customizer}, run when a request's headers are parsed, before any handler).
 */
final class ConnectionGuard implements Connection.Listener, HttpConfiguration.Customizer {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final GatewayLimits limits;
    private final Scheduler scheduler;
    private final Map<Connection, Tracked> tracked = new ConcurrentHashMap<>();
    /** Each client's connections, oldest first; guarded by {@code this}. */
    private final Map<String, List<Tracked>> byClient = new HashMap<>();

    ConnectionGuard(GatewayLimits limits, Scheduler scheduler) {
        this.limits = limits;
        this.scheduler = scheduler;
    }

    /** One connection: whether a request is being handled on it, and its header-timeout check. */
    private final class Tracked {
        final Connection connection;
        final String client;
        /** Guarded by this Tracked, as are the fields below: the check and the customizer race otherwise. */
        boolean handling;
        int requests;
        long bytesSeen;
        boolean requestStarted;
        boolean closed;
        Scheduler.Task check;

        Tracked(Connection connection, String client) {
            this.connection = connection;
            this.client = client;
        }

        synchronized boolean waiting() {
            return !handling;
        }

        synchronized void startWaiting() {
            if (closed) { // the response was the last on its connection
                return;
            }
            handling = false;
            bytesSeen = connection.getBytesIn();
            requestStarted = requests == 0; // a new connection is there to send a request: its clock runs at once
            schedule();
        }

        synchronized void headersComplete() {
            handling = true;
            requests++;
            if (check != null) {
                check.cancel();
                check = null;
            }
        }

        private void schedule() {
            check = scheduler.schedule(this::checkHeaders, limits.headerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }

        /**
         * A header timeout passed while waiting. A request that had begun by the previous check and still has no
         * complete headers is a slowloris: closed. Between requests (no new bytes) it is only idle, which the idle
         * timeout bounds; bytes seen now start the clock. So a kept-alive connection that starts a request and
         * stalls is closed one to two header timeouts later.
         */
        private void checkHeaders() {
            synchronized (this) {
                check = null;
                if (handling) {
                    return;
                }
                long bytes = connection.getBytesIn();
                if (!requestStarted) {
                    requestStarted = bytes != bytesSeen;
                    bytesSeen = bytes;
                    schedule();
                    return;
                }
            }
            LOG.debug("gateway: closing {} from {}: no complete request headers within {} ms", connection, client,
                    limits.headerTimeout().toMillis());
            connection.getEndPoint().close();
        }

        synchronized void stop() {
            closed = true;
            if (check != null) {
                check.cancel();
                check = null;
            }
        }
    }

    @Override
    public void onOpened(Connection connection) {
        Tracked opened = new Tracked(connection, client(connection.getEndPoint().getRemoteSocketAddress()));
        Tracked evicted = null;
        boolean refused = false;
        synchronized (this) {
            List<Tracked> connections = byClient.computeIfAbsent(opened.client, c -> new ArrayList<>());
            if (connections.size() >= limits.maxConnectionsPerClient()) {
                for (Iterator<Tracked> it = connections.iterator(); it.hasNext(); ) {
                    Tracked candidate = it.next();
                    if (candidate.waiting()) {
                        it.remove();
                        tracked.remove(candidate.connection);
                        evicted = candidate;
                        break;
                    }
                }
                refused = evicted == null;
            }
            if (!refused) {
                connections.add(opened);
                tracked.put(connection, opened);
            }
        }
        if (evicted != null) {
            LOG.debug("gateway: {} is at {} connections: closing its oldest waiting one", opened.client,
                    limits.maxConnectionsPerClient());
            evicted.stop();
            evicted.connection.getEndPoint().close();
        }
        if (refused) {
            LOG.warn("gateway: {} is at {} connections, all in the middle of a request: a new one is refused",
                    opened.client, limits.maxConnectionsPerClient());
            connection.getEndPoint().close();
            return;
        }
        opened.startWaiting();
    }

    @Override
    public void onClosed(Connection connection) {
        Tracked closed = tracked.remove(connection);
        if (closed == null) {
            return;
        }
        closed.stop();
        synchronized (this) {
            List<Tracked> connections = byClient.get(closed.client);
            if (connections != null) {
                connections.remove(closed);
                if (connections.isEmpty()) {
                    byClient.remove(closed.client);
                }
            }
        }
    }

    /** A request's headers are complete: its connection is busy until the response is done, then waits again. */
    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        Tracked busy = tracked.get(request.getConnectionMetaData().getConnection());
        if (busy != null) {
            busy.headersComplete();
            Request.addCompletionListener(request, failure -> busy.startWaiting());
        }
        return request;
    }

    private static String client(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
