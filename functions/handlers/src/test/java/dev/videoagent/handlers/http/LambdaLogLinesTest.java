package dev.videoagent.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.KeyValuePair;

/** Lambda's log configuration: one JSON object per event, fields for Logs Insights, no line a path can forge. */
class LambdaLogLinesTest {

    @Test
    void aRequestLineIsOneJsonObjectWithTheRequestIdRouteStatusAndDuration() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("ApiHandler"), Level.INFO,
                "{} {} -> {} in {} ms", null, new Object[] {"GET", "/api/x\r\n{\"level\":\"forged\"}", 404, 3});
        event.setMDCPropertyMap(Map.of("requestId", "req-123"));
        event.setKeyValuePairs(List.of(new KeyValuePair("route", "/api/{proxy+}"), new KeyValuePair("status", 404),
                new KeyValuePair("durationMs", 3L)));

        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();

        assertThat(line.strip().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("loggerName").asText()).isEqualTo("ApiHandler");
        assertThat(json.get("mdc").get("requestId").asText()).isEqualTo("req-123");
        assertThat(json.get("formattedMessage").asText())
                .isEqualTo("GET /api/x\r\n{\"level\":\"forged\"} -> 404 in 3 ms");
        assertThat(json.get("kvpList").toString()).contains("\"route\":\"/api/{proxy+}\"").contains("\"status\":\"404\"")
                .contains("\"durationMs\":\"3\"");
    }
}
