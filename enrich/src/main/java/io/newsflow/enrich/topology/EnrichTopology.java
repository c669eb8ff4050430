package io.newsflow.enrich.topology;

import io.newsflow.core.Topics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.enrich.Enricher;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich topology, {@code news.raw → news.enriched} (and {@code news.dlq}):
 * <pre>
 *  news.raw (bytes) → parse + validate ─┬─ bad ──────────────────────────────────────────────────────────► news.dlq
 *                                       └─ ok → [by content hash] → enrich once per content ─┬─ failed ─► news.dlq
 *                                                                  (a copy reuses the first) └─ ok
 *          → [one partition] → versions by id (re-sends dropped) → near-duplicates (MinHash/LSH) ─────► news.enriched
 * </pre>
 * Copies of a text meet when grouped by the hash of their normalized text, where the NER runs once per text; every
 * article then meets every other in one partition, where ids get their versions and near-copies are found. Those
 * two steps are cheap next to the NER, which scales with the input's partitions. With dedupe off the article is
 * enriched where it is read, published as version 1, and nothing is remembered. Built by a static method so that
 * the service and the tests run the very same topology.
 */
public final class EnrichTopology {

    public static final String CONTENT_STORE = "first-by-content";
    public static final String VERSION_STORE = "versions-by-id";
    public static final String SIGNATURE_STORE = "minhash-by-id";
    public static final String BAND_STORE = "minhash-bands";

    /**
     * What the topology needs to know besides the enricher.
     *
     * @param dedupe                 remember contents and ids (versions, copies, near-duplicates); off enriches every record
     * @param nearDuplicateThreshold the estimated Jaccard similarity from which an article is a near-duplicate; 0: off
     * @param maxRecordBytes         the largest enriched record written; a larger one goes to the DLQ as too-large
     */
    public record Config(String inputTopic, String outputTopic, String dlqTopic, long maxBodyBytes, Duration dedupeRetention,
                         boolean dedupe, double nearDuplicateThreshold, long maxRecordBytes) {
        public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.5;
        /** A megabyte, the producer's and the broker's default limit, less room for the key, headers and batch. */
        public static final long DEFAULT_MAX_RECORD_BYTES = 1024 * 1024 - 8 * 1024;

        public static Config defaults() {
            return new Config(Topics.RAW, Topics.ENRICHED, Topics.DLQ, 1024 * 1024, Duration.ofDays(7), true,
                    DEFAULT_NEAR_DUPLICATE_THRESHOLD, DEFAULT_MAX_RECORD_BYTES);
        }

        public Config withDedupe(boolean on) {
            return new Config(inputTopic, outputTopic, dlqTopic, maxBodyBytes, dedupeRetention, on, nearDuplicateThreshold, maxRecordBytes);
        }

        public Config withNearDuplicateThreshold(double threshold) {
            return new Config(inputTopic, outputTopic, dlqTopic, maxBodyBytes, dedupeRetention, dedupe, threshold, maxRecordBytes);
        }

        public Config withMaxRecordBytes(long bytes) {
            return new Config(inputTopic, outputTopic, dlqTopic, maxBodyBytes, dedupeRetention, dedupe, nearDuplicateThreshold, bytes);
        }
    }

    private EnrichTopology() {
    }

    public static Topology build(StreamsBuilder builder, Config config, Enricher enricher, EnrichObserver observer, Clock clock) {
        Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        Serde<byte[]> bytes = org.apache.kafka.common.serialization.Serdes.ByteArray();
        Duration retention = config.dedupeRetention();
        ArticleValidator validator = new ArticleValidator(config.maxBodyBytes());

        KStream<String, Routed> parsed = builder
                .stream(config.inputTopic(), Consumed.with(bytes, bytes).withName("raw-articles"))
                .process(() -> new ParseProcessor(validator, observer), Named.as("parse"));
        Map<String, KStream<String, Routed>> byValidity = parsed.split(Named.as("parsed-"))
                .branch((hash, routed) -> routed.isDead(), Branched.as("dead"))
                .defaultBranch(Branched.as("ok"));
        deadLetters(byValidity.get("parsed-dead"), config, observer, clock, "parse");

        KStream<String, Routed> valid = byValidity.get("parsed-ok");
        String contentStore = null;
        if (config.dedupe()) {
            builder.addStateStore(RecentStore.builder(CONTENT_STORE, retention, Serdes.ENRICHED, false));
            contentStore = CONTENT_STORE;
            valid = valid.repartition(Repartitioned.with(strings, new OriginalBytesSerde()).withName("by-content"));
        }
        String store = contentStore;
        KStream<String, Routed> enriched = store == null
                ? valid.processValues(() -> new ContentStage(null, retention, enricher, config.maxRecordBytes(), observer, clock),
                        Named.as("enrich"))
                : valid.processValues(() -> new ContentStage(store, retention, enricher, config.maxRecordBytes(), observer, clock),
                        Named.as("enrich"), store);

        Map<String, KStream<String, Routed>> byOutcome = enriched.split(Named.as("enriched-"))
                .branch((hash, routed) -> routed.isDead(), Branched.as("dead"))
                .defaultBranch(Branched.as("ok"));
        deadLetters(byOutcome.get("enriched-dead"), config, observer, clock, "enrich");
        KStream<String, EnrichedArticle> byId = byOutcome.get("enriched-ok")
                .map((hash, routed) -> KeyValue.pair(routed.enriched().id(), routed.enriched()), Named.as("key-by-id"));

        if (config.dedupe()) {
            builder.addStateStore(RecentStore.builder(VERSION_STORE, retention, VersionStage.SERDE, false));
            byId = byId.repartition(Repartitioned.with(strings, Serdes.ENRICHED).withName("one-partition").withNumberOfPartitions(1))
                    .processValues(() -> new VersionStage(VERSION_STORE, retention, observer), Named.as("versions"), VERSION_STORE);
            if (config.nearDuplicateThreshold() > 0) {
                builder.addStateStore(RecentStore.builder(SIGNATURE_STORE, retention, bytes, false));
                builder.addStateStore(RecentStore.builder(BAND_STORE, retention, strings, true));
                byId = byId.processValues(() -> new NearDuplicateStage(SIGNATURE_STORE, BAND_STORE, retention,
                        config.nearDuplicateThreshold(), observer), Named.as("near-duplicates"), SIGNATURE_STORE, BAND_STORE);
            }
        }
        byId.peek((id, article) -> observer.published(), Named.as("published"))
                .to(config.outputTopic(), Produced.with(strings, Serdes.ENRICHED).withName("enriched-articles"));
        return builder.build();
    }

    private static void deadLetters(KStream<String, Routed> dead, Config config, EnrichObserver observer, Clock clock, String stage) {
        dead.process(() -> new DeadLetterRouter(observer, clock, config.maxRecordBytes()), Named.as("dead-letter-" + stage))
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
