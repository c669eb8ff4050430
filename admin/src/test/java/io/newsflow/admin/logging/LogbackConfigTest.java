package io.newsflow.admin.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logback.xml that every service ships, loaded into a context of its own (tests log with logback-test.xml). */
class LogbackConfigTest {

    @Test
    void shouldLogJsonAtTheChosenLevelWhenAskedTo() throws Exception {
        LoggerContext context = configured(Map.of("NEWSFLOW_LOG_FORMAT", "json", "NEWSFLOW_LOG_LEVEL", "DEBUG"));
        assertInstanceOf(JsonLayout.class, layout(context).delegate());
        assertEquals(Level.DEBUG, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
        context.stop();
    }

    @Test
    void shouldLogLogfmtAtInfoToStderrInUtf8ByDefault() throws Exception {
        // Context properties stand in for the environment; an unset one falls through to the defaults only if the
        // machine running the test does not set it either.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("NEWSFLOW_LOG_FORMAT") == null
                && System.getProperty("NEWSFLOW_LOG_FORMAT") == null
                && System.getenv("NEWSFLOW_LOG_LEVEL") == null && System.getProperty("NEWSFLOW_LOG_LEVEL") == null);
        LoggerContext context = configured(Map.of());
        assertInstanceOf(LogfmtLayout.class, layout(context).delegate());
        assertEquals(Level.INFO, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
        ConsoleAppender<?> appender = appender(context);
        assertEquals("System.err", appender.getTarget());
        assertEquals(StandardCharsets.UTF_8, ((LayoutWrappingEncoder<?>) appender.getEncoder()).getCharset());
        context.stop();
    }

    @Test
    void shouldKeepKafkaAndCoreNlpAtWarnWhateverTheLevel() throws Exception {
        LoggerContext context = configured(Map.of("NEWSFLOW_LOG_LEVEL", "TRACE"));
        for (String name : new String[] {"org.apache.kafka", "kafka", "state.change.logger", "edu.stanford.nlp"}) {
            assertEquals(Level.WARN, context.getLogger(name).getLevel(), name);
        }
        assertEquals(Level.WARN, context.getLogger("org.apache.kafka.clients.NetworkClient").getEffectiveLevel());
        assertEquals(Level.TRACE, context.getLogger("io.newsflow.enrich.EnrichService").getEffectiveLevel());
        context.stop();
    }

    @Test
    void shouldFilterKafkasOutageAndRecoveredRetryLines() throws Exception {
        LoggerContext context = configured(Map.of());
        assertEquals(List.of(BrokerOutageFilter.class, RecoveredKafkaNoiseFilter.class,
                        RecoverableKafkaErrorFilter.class),
                context.getTurboFilterList().stream().map(Object::getClass).toList());
        context.stop();
    }

    @Test
    void shouldShortenWhatKafkaRecoversFromInTheShippedConfiguration() throws Exception {
        LoggerContext context = configured(Map.of());
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.setContext(context);
        logged.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAndStopAllAppenders();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logged);

        context.getLogger("org.apache.kafka.streams.processor.internals.RecordCollectorImpl").error("Error encountered "
                + "sending record to topic news.enriched", new org.apache.kafka.common.errors.TimeoutException("expired"));

        assertEquals(1, logged.list.size());
        assertEquals(Level.WARN, logged.list.get(0).getLevel());
        assertEquals(RecoverableKafkaErrorFilter.LOGGER, logged.list.get(0).getLoggerName());
        assertEquals(null, logged.list.get(0).getThrowableProxy());
        context.stop();
    }

    private static LoggerContext configured(Map<String, String> properties) throws Exception {
        LoggerContext context = new LoggerContext();
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = LogbackConfigTest.class.getResource("/logback.xml");
        assertNotNull(config, "logback.xml on the classpath");
        configurator.doConfigure(config);
        return context;
    }

    private static ConsoleAppender<?> appender(LoggerContext context) {
        return (ConsoleAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    }

    private static StructuredLayout layout(LoggerContext context) {
        return (StructuredLayout) ((LayoutWrappingEncoder<?>) appender(context).getEncoder()).getLayout();
    }
}
