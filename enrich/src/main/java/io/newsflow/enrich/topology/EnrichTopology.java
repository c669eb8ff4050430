package io.newsflow.enrich.topology;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.Topics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology, {@code news.raw → news.enriched} (and {@code news.dlq}):
 * <pre>
 *  news.raw (bytes) → parse + validate ─┬─ bad ───────────────────────────────────────────────► news.dlq
 *                                       └─ ok → [by id] → dedupe by id → [by content] → dedupe by content
 *                                                 → enrich ─┬─ ok ───────────────────────────► news.enriched
 *                                                           └─ failed ───────────────────────► news.dlq
 * </pre>
 * Records keyed by their id are already partitioned by it; others are repartitioned first, so that every copy of an
 * id meets the same dedupe store. The same text under another URL has another id, so a second repartition by a hash
 * of the normalized text brings the copies together. Built by a static method so that the service and the tests run
 * the very same topology.
 */
public final class EnrichTopology {

    public static final String ID_STORE = "dedupe-by-id";
    public static final String CONTENT_STORE = "dedupe-by-content";

    /** What the topology needs to know besides the enricher. */
    public record Config(String inputTopic, String outputTopic, String dlqTopic, long maxBodyBytes, Duration dedupeRetention) {
        public static Config defaults() {
            return new Config(Topics.RAW, Topics.ENRICHED, Topics.DLQ, 1024 * 1024, Duration.ofDays(7));
        }
    }

    private EnrichTopology() {
    }

    public static Topology build(StreamsBuilder builder, Config config, Enricher enricher, EnrichObserver observer, Clock clock) {
        Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        Serde<byte[]> bytes = org.apache.kafka.common.serialization.Serdes.ByteArray();
        Serde<Long> longs = org.apache.kafka.common.serialization.Serdes.Long();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ID_STORE), strings, longs));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTENT_STORE), strings, longs));
        ArticleValidator validator = new ArticleValidator(config.maxBodyBytes());

        KStream<String, Routed> parsed = builder
                .stream(config.inputTopic(), Consumed.with(bytes, bytes).withName("raw-articles"))
                .process(() -> new ParseProcessor(validator, observer), Named.as("parse"));
        Map<String, KStream<String, Routed>> byValidity = parsed.split(Named.as("parsed-"))
                .branch((id, routed) -> routed.isDead(), Branched.as("dead"))
                .branch((id, routed) -> routed.keyedById(), Branched.as("keyed-by-id"))
                .defaultBranch(Branched.as("keyed-otherwise"));
        deadLetters(byValidity.get("parsed-dead"), config, observer, clock, "parse");

        KStream<String, RawArticle> byId = byValidity.get("parsed-keyed-by-id")
                .mapValues(routed -> routed.raw(), Named.as("keyed-by-id-article"))
                .merge(byValidity.get("parsed-keyed-otherwise")
                        .mapValues(routed -> routed.raw(), Named.as("keyed-otherwise-article"))
                        .repartition(Repartitioned.with(strings, Serdes.RAW).withName("by-id")), Named.as("all-by-id"));

        KStream<String, Routed> enriched = byId
                .processValues(() -> new Deduplicator(ID_STORE, "id", RawArticle::id, config.dedupeRetention(), observer),
                        Named.as("dedupe-by-id"), ID_STORE)
                .selectKey((id, article) -> ArticleIds.contentHash(article.title(), article.body()), Named.as("key-by-content"))
                .repartition(Repartitioned.with(strings, Serdes.RAW).withName("by-content"))
                .processValues(() -> new Deduplicator(CONTENT_STORE, "content",
                                article -> ArticleIds.contentHash(article.title(), article.body()), config.dedupeRetention(), observer),
                        Named.as("dedupe-by-content"), CONTENT_STORE)
                .processValues(() -> new EnrichProcessor(enricher, observer), Named.as("enrich"));

        Map<String, KStream<String, Routed>> byOutcome = enriched.split(Named.as("enriched-"))
                .branch((key, routed) -> routed.isDead(), Branched.as("dead"))
                .defaultBranch(Branched.as("ok"));
        deadLetters(byOutcome.get("enriched-dead"), config, observer, clock, "enrich");
        byOutcome.get("enriched-ok")
                .map((contentKey, routed) -> org.apache.kafka.streams.KeyValue.pair(routed.enriched().id(), routed.enriched()),
                        Named.as("key-by-id"))
                .to(config.outputTopic(), Produced.with(strings, Serdes.ENRICHED).withName("enriched-articles"));
        return builder.build();
    }

    private static void deadLetters(KStream<String, Routed> dead, Config config, EnrichObserver observer, Clock clock, String stage) {
        dead.process(() -> new DeadLetterRouter(observer, clock), Named.as("dead-letter-" + stage))
                .to(config.dlqTopic(), Produced.with(org.apache.kafka.common.serialization.Serdes.ByteArray(),
                        org.apache.kafka.common.serialization.Serdes.ByteArray()).withName("dlq-" + stage));
    }

    /**
     * The Streams configuration of the service: exactly-once, and the producer tuned for throughput.
     *
     * @param overrides Kafka properties given by the user; applied last
     */
    public static Properties streamsConfig(String bootstrapServers, String applicationId, int threads, String stateDir,
                                           Properties overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // One article can take a while to tag: fewer records per poll keeps each transaction short.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 100);
        // Streams' EOS default of 10 s is shorter than a batch of long articles can take on a busy machine; a
        // transaction that outlives it is aborted by the broker and the thread fenced, so the work is redone.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 60_000);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.putAll(overrides);
        return p;
    }
}
