package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.admin.logging.RecoverableKafkaErrorFilter;
import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.topology.EnrichObserver;
import io.newsflow.enrich.topology.EnrichTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Enrich started on state a previous run left for another broker (the same application id and state directory, a new
 * cluster): Kafka Streams finds its stores ahead of their changelogs, logs an ERROR and WARNs with stack traces, wipes
 * the stores and restores them. With the services' log filter those become one WARN line each, and enrich works.
 */
class RecoverableKafkaErrorsIT {

    @TempDir
    Path work;

    private KafkaStreams start(LocalKafkaBroker broker, Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, EnrichTopology.Config.defaults(),
                new Enricher((title, body) -> List.of(), new FigureExtractor(), Clock.systemUTC()), EnrichObserver.NONE,
                Clock.systemUTC());
        Properties props = EnrichTopology.streamsConfig(broker.bootstrapServers(), "stale-state", 1, stateDir.toString(),
                new Properties());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        streams.start();
        return streams;
    }

    private static void send(LocalKafkaBroker broker, int from, int count) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = from; i < from + count; i++) {
                String id = "a" + i;
                producer.send(new ProducerRecord<>(Topics.RAW, id.getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(
                        new RawArticle(id, null, "test", "Title " + i, "Article number " + i + " about the harbour, "
                                + "written for this test.", "en", "2024-05-04", null)))).get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void shouldLogStreamsRestoringStaleStateAsOneWarningLineEachAndGoOn() throws Exception {
        Path state = work.resolve("state");
        try (LocalKafkaBroker first = LocalKafkaBroker.start(work.resolve("first"), 0)) {
            first.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 1, Topics.DLQ, 1));
            try (KafkaStreams streams = start(first, state)) {
                send(first, 0, 30);
                BadInputIT.read(first, Topics.ENRICHED, 30);
            }
        }

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        RecoverableKafkaErrorFilter filter = new RecoverableKafkaErrorFilter();
        filter.start();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.setContext(context);
        logged.start();
        context.addTurboFilter(filter);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logged);
        try (LocalKafkaBroker second = LocalKafkaBroker.start(work.resolve("second"), 0)) {
            second.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 1, Topics.DLQ, 1));
            try (KafkaStreams streams = start(second, state)) {
                send(second, 100, 3);
                assertEquals(3, BadInputIT.read(second, Topics.ENRICHED, 3).size(), "enrich works on the new cluster");
                assertEquals(KafkaStreams.State.RUNNING, streams.state());
            }
        } finally {
            context.getTurboFilterList().remove(filter);
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logged);
        }

        List<ILoggingEvent> events = List.copyOf(logged.list);
        List<String> recovered = events.stream().filter(e -> e.getLoggerName().equals("io.newsflow.kafka.Recovered"))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(recovered.stream().anyMatch(m -> m.contains("error=TaskCorruptedException")
                || m.contains("error=OffsetOutOfRangeException")), () -> "the stale stores were found: " + events.stream()
                .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()).toList());
        List<String> alarming = events.stream().filter(e -> e.getLoggerName().startsWith("org.apache.kafka.")
                        && (e.getLevel() == Level.ERROR || e.getThrowableProxy() != null))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()).toList();
        assertEquals(List.of(), alarming, "no ERROR and no stack trace from Kafka for what it recovered from");
    }
}
