package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    @Test
    void aMessageWithLineBreaksOrControlCharactersStaysOneEscapedLine() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/video-agent-logback.xml"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("gateway"), Level.INFO,
                "GET {} answered", null, new Object[] {"/api/x\r\n12:00:00.000 INFO forged\u0000line"});

        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();

        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("/api/x\\r\\n12:00:00.000 INFO forged?line answered");
    }
}
