package io.newsflow.serve.topology;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.serve.query.ArticleSummary;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The queryable views of {@code news.enriched}. Articles stay on the partition of their id; what they say about an
 * entity or an event is repartitioned by that entity or event, so that each view of one key lives on one instance and
 * a key query goes to exactly one place.
 *
 * <pre>
 * news.enriched ─▶ articles (latest version by id), article-times, articles-by-time, article-summaries
 *                 ├─▶ [by entity] entity-article-index (entity + time + id, newest first), entity-names, entity-hours, entity-days
 *                 └─▶ [by event]  tallies (event × day × country; COUNTRIES × day × country)
 * </pre>
 */
public final class ServeTopology {

    public static final String ARTICLES = "articles";
    public static final String ARTICLE_TIMES = "article-times";
    public static final String ARTICLES_BY_TIME = "articles-by-time";
    public static final String ARTICLE_SUMMARIES = "article-summaries";
    public static final String ENTITY_INDEX = "entity-article-index";
    public static final String ENTITY_NAMES = "entity-names";
    public static final String ENTITY_HOURS = "entity-hours";
    public static final String ENTITY_DAYS = "entity-days";
    public static final String TALLIES = "tallies";

    static final Serde<String> KEYS = org.apache.kafka.common.serialization.Serdes.String();
    static final Serde<Long> COUNTS = org.apache.kafka.common.serialization.Serdes.Long();
    static final JsonSerde<EntityName> NAMES = new JsonSerde<>(EntityName.class);
    static final JsonSerde<ArticleSummary> SUMMARIES = new JsonSerde<>(ArticleSummary.class);
    static final JsonSerde<EntityDelta> ENTITY_DELTAS = new JsonSerde<>(EntityDelta.class);
    static final JsonSerde<TallyDelta> TALLY_DELTAS = new JsonSerde<>(TallyDelta.class);

    /** @param inputTopic the enriched articles */
    public record Config(String inputTopic) {
    }

    private ServeTopology() {
    }

    public static Topology build(StreamsBuilder builder, Config config) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES), KEYS, Serdes.ENRICHED));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_TIMES), KEYS, COUNTS));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_BY_TIME), KEYS, KEYS));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_SUMMARIES), KEYS, SUMMARIES));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITY_INDEX), KEYS, COUNTS));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITY_NAMES), KEYS, NAMES));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITY_HOURS), KEYS, COUNTS));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTITY_DAYS), KEYS, COUNTS));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TALLIES), KEYS, COUNTS));

        KStream<String, Delta> deltas = builder
                .stream(config.inputTopic(), Consumed.with(KEYS, (Serde<EnrichedArticle>) Serdes.ENRICHED).withName("enriched-articles"))
                .process(ArticleProcessor::new, Named.as("latest-articles"), ARTICLES, ARTICLE_TIMES, ARTICLES_BY_TIME,
                        ARTICLE_SUMMARIES);

        deltas.filter((k, d) -> d.entity() != null, Named.as("entity-deltas-only"))
                .mapValues(Delta::entity, Named.as("entity-delta"))
                .repartition(Repartitioned.with(KEYS, ENTITY_DELTAS).withName("by-entity"))
                .process(EntityIndexProcessor::new, Named.as("entity-index"), ENTITY_INDEX, ENTITY_NAMES, ENTITY_HOURS, ENTITY_DAYS);

        deltas.filter((k, d) -> d.tally() != null, Named.as("tally-deltas-only"))
                .mapValues(Delta::tally, Named.as("tally-delta"))
                .repartition(Repartitioned.with(KEYS, TALLY_DELTAS).withName("by-event"))
                .process(TallyProcessor::new, Named.as("tally"), TALLIES);
        return builder.build();
    }

    /**
     * The Streams configuration of a serve instance.
     *
     * @param applicationServer this instance's HTTP {@code host:port}, which other instances route key queries to
     * @param standbyReplicas   warm copies of each store on other instances, for a fast take-over
     */
    public static Properties streamsConfig(String bootstrapServers, String applicationId, String applicationServer,
                                           String stateDir, int standbyReplicas, Properties overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // A record that is not an EnrichedArticle is logged and skipped: it stays in the topic, and the views go on.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        // Articles show up on the page within a fraction of a second, not at EOS' default 100 ms commit + caching.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        p.putAll(overrides);
        return p;
    }
}
