package io.newsflow.ingest.follow;

import io.newsflow.core.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What follow mode has done, kept in a compacted Kafka topic so that a restarted or moved ingest with no local
 * volume resumes where it was: one record per item ({@code item SOURCE ITEMKEY} -> {@link ItemState}) and one per
 * source ({@code source SOURCE} -> {@link SourceStatus}). The whole topic is read into memory at start; afterwards
 * this process is its only writer, so memory and topic agree.
 */
public final class IngestState implements AutoCloseable {

    private static final String ITEM = "item ";
    private static final String SOURCE = "source ";

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, ItemState> items = new ConcurrentHashMap<>();
    private final Map<String, SourceStatus> sources = new ConcurrentHashMap<>();

    private IngestState(String topic, KafkaProducer<String, byte[]> producer) {
        this.topic = topic;
        this.producer = producer;
    }

    /**
     * Creates the topic if it is missing, reads it to its end and opens the writer.
     *
     * @param clientProperties connection and security properties (bootstrap servers, kafka.* overrides)
     * @param producerProperties the articles' producer properties: idempotent, acks=all
     */
    public static IngestState open(String topic, Properties clientProperties, Properties producerProperties,
                                   Duration timeout) {
        ensureTopic(topic, clientProperties, timeout);
        Properties p = new Properties();
        p.putAll(producerProperties);
        p.put("client.id", "newsflow-ingest-state");
        IngestState state = new IngestState(topic, new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer()));
        state.load(clientProperties, timeout);
        return state;
    }

    /** Reads the state topic without writing to it, e.g. for {@code ./newsflow sources}. */
    public static Collection<SourceStatus> readSources(String topic, Properties clientProperties, Duration timeout) {
        IngestState state = new IngestState(topic, null);
        state.load(clientProperties, timeout);
        return state.sources.values();
    }

    static void ensureTopic(String topic, Properties clientProperties, Duration timeout) {
        try (Admin admin = Admin.create(adminProperties(clientProperties))) {
            NewTopic t = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(t)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the state topic " + topic + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout.toSeconds() + " s creating " + topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    static Properties adminProperties(Properties clientProperties) {
        Properties p = new Properties();
        for (String name : clientProperties.stringPropertyNames()) {
            if (org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(name) && !name.equals("client.id")) {
                p.put(name, clientProperties.getProperty(name));
            }
        }
        return p;
    }

    private void load(Properties clientProperties, Duration timeout) {
        Properties p = new Properties();
        for (String name : clientProperties.stringPropertyNames()) {
            if (ConsumerConfig.configNames().contains(name) && !name.equals("client.id")) {
                p.put(name, clientProperties.getProperty(name));
            }
        }
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = c.partitionsFor(topic, timeout);
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo i : infos) {
                partitions.add(new TopicPartition(topic, i.partition()));
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(tp -> c.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the state topic " + topic + " was not read within "
                            + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    apply(r.key(), r.value());
                }
            }
        }
    }

    private void apply(String key, byte[] value) {
        if (key == null) {
            return;
        }
        try {
            if (key.startsWith(ITEM)) {
                if (value == null) {
                    items.remove(key);
                } else {
                    items.put(key, Json.MAPPER.readValue(value, ItemState.class));
                }
            } else if (key.startsWith(SOURCE) && value != null) {
                sources.put(key.substring(SOURCE.length()), Json.MAPPER.readValue(value, SourceStatus.class));
            }
        } catch (IOException e) {
            // A record this version cannot read is ignored: at worst an item is published again.
        }
    }

    static String itemKey(String source, String item) {
        return ITEM + source + " " + item;
    }

    public ItemState item(String source, String item) {
        return items.get(itemKey(source, item));
    }

    public SourceStatus source(String name) {
        return sources.get(name);
    }

    public Collection<SourceStatus> sources() {
        return sources.values();
    }

    /** Remembers the item's state; the future completes when the broker has it (acks=all). */
    public Future<RecordMetadata> put(String source, String item, ItemState state) {
        String key = itemKey(source, item);
        items.put(key, state);
        return producer.send(new ProducerRecord<>(topic, key, toJson(state)));
    }

    public Future<RecordMetadata> put(SourceStatus status) {
        sources.put(status.name(), status);
        return producer.send(new ProducerRecord<>(topic, SOURCE + status.name(), toJson(status)));
    }

    public void flush() {
        producer.flush();
    }

    private static byte[] toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
