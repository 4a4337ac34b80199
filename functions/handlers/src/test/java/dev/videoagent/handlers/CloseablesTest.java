package dev.videoagent.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseablesTest {

    @Test
    void closesInReverseOrderAndAFailingCloseDoesNotStopTheOthers() {
        List<String> closed = new ArrayList<>();
        Closeables closeables = new Closeables();
        closeables.add(() -> closed.add("server"));
        closeables.add(() -> {
            closed.add("client");
            throw new IllegalStateException("socket already gone");
        });
        AutoCloseable gateway = closeables.add(() -> closed.add("gateway"));

        closeables.close();
        closeables.close(); // a second close has nothing left to close

        assertThat(gateway).isNotNull();
        assertThat(closed).containsExactly("gateway", "client", "server");
    }
}
