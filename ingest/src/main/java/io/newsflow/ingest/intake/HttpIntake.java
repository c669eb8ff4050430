package io.newsflow.ingest.intake;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.admin.ServiceMetrics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.read.ReaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP intake: {@code POST /articles} with one RawArticle JSON object or JSON Lines, answered once the broker
 * has acknowledged the articles (see {@link ArticlesHandler} for the answers). It publishes what it is sent and
 * nothing else: a URL in an article is data, never fetched.
 *
 * <p>It has a producer of its own whose waits are bounded by {@code --http-ack-timeout}: a client learns within that
 * time whether its articles are in, while a batch ingest beside it keeps its own 10-minute patience.
 */
public final class HttpIntake implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpIntake.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final KafkaProducer<String, RawArticle> producer;
    private final BrokerProbe probe;

    private HttpIntake(HttpServer server, ExecutorService executor, KafkaProducer<String, RawArticle> producer,
                       BrokerProbe probe) {
        this.server = server;
        this.executor = executor;
        this.producer = producer;
        this.probe = probe;
    }

    /**
     * Starts listening.
     *
     * @param producerProperties the ingest producer's (idempotent, acks=all); the waits are shortened here
     * @param adminProperties    connection properties for the probe that tells whether the broker answers
     * @param readerOptions      defaults for fields the articles leave out (source, language, published-at)
     */
    public static HttpIntake start(IntakeOptions options, Properties producerProperties, Properties adminProperties,
                                   String topic, ReaderOptions readerOptions, ServiceMetrics metrics) {
        options.check();
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                intakeProducerProperties(producerProperties, options.ackTimeout()), new StringSerializer(),
                Serdes.RAW.serializer());
        BrokerProbe probe = new BrokerProbe(adminProperties);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "intake-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 50);
        } catch (IOException e) {
            producer.close(Duration.ZERO);
            probe.close();
            executor.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + options.bind() + ":" + options.port(), e);
        }
        server.createContext("/", new ArticlesHandler(options, topic, readerOptions, producer, probe, metrics));
        server.setExecutor(executor);
        server.start();
        LOG.info("event=intake_started bind={} port={} auth={}", options.bind(), server.getAddress().getPort(),
                options.token().isEmpty() ? "none" : "bearer");
        return new HttpIntake(server, executor, producer, probe);
    }

    /** Waits of at most the acknowledgement timeout: for metadata, for the buffer, for delivery. */
    static Properties intakeProducerProperties(Properties base, Duration ackTimeout) {
        Properties p = new Properties();
        p.putAll(base);
        long ms = ackTimeout.toMillis();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-intake-" + INSTANCES.incrementAndGet());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(ms));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.max(500, ms - 5)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(500, ms - 5) + 5));
        return p;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops taking requests, lets those in progress finish for up to a few seconds, then closes the producer. */
    @Override
    public void close() {
        server.stop(2);
        executor.shutdownNow();
        producer.close(Duration.ofSeconds(5));
        probe.close();
        LOG.info("event=intake_stopped");
    }
}
