package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The render task logs one JSON object per event on stderr (CloudWatch in ECS); stdout stays the summary's. */
class RenderTaskLogLinesTest {

    @Test
    void anEventIsOneJsonLineOnStderrWithItsLevelLoggerAndEscapedMessage() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/render-task-logback.xml"));
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("RenderTaskMain"), Level.WARN,
                "upload of {} failed", null, new Object[] {"videos/a.webm\n{\"forged\":true}"});

        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();

        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(console.getEncoder()).isInstanceOf(JsonEncoder.class);
        assertThat(line.strip().lines()).hasSize(1);
        assertThat(line).startsWith("{").contains("\"level\":\"WARN\"").contains("\"loggerName\":\"RenderTaskMain\"")
                .contains("\"formattedMessage\":\"upload of videos\\/a.webm\\n{\\\"forged\\\":true} failed\"");
    }
}
