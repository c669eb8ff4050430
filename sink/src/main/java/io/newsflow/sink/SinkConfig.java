package io.newsflow.sink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The sink's settings, read and checked once by {@link SinkService#create}. */
record SinkConfig(
        String bootstrapServers,
        String topic,
        String groupId,
        Path out,
        boolean sharedStore,
        boolean topicMode,
        String sinkTopic,
        String dlqTopic,
        String transactionalId,
        long maxFileBytes,
        Duration maxFileAge,
        Duration pollTimeout,
        Duration shutdownTimeout,
        Properties kafkaOverrides) {

    /**
     * Keys and values stay bytes: the file store keeps values exactly as consumed, and a record that is not JSON must
     * reach the rejected file or the DLQ rather than fail in a deserializer. Overrides come last.
     */
    Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.putAll(kafkaOverrides);
        return p;
    }

    /** For the start-up checks: the connection and security overrides, not the consumer's or producer's own. */
    Properties adminProperties() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        kafkaOverrides.stringPropertyNames().stream()
                .filter(AdminClientConfig.configNames()::contains)
                .forEach(k -> p.put(k, kafkaOverrides.getProperty(k)));
        return p;
    }

    Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.putAll(kafkaOverrides);
        return p;
    }
}
