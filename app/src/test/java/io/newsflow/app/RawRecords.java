package io.newsflow.app;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The articles of a topic of RawArticle JSON, read from the beginning. */
final class RawRecords {

    private RawRecords() {
    }

    /** Reads until at least {@code atLeast} records and then {@code quiet} without a new one, or until the timeout. */
    static List<RawArticle> read(String bootstrap, String topic, int atLeast, Duration quiet, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "verify-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<RawArticle> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastNew = System.nanoTime();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    out.add(Serdes.RAW.fromBytes(r.value()));
                    lastNew = System.nanoTime();
                }
                if (out.size() >= atLeast && System.nanoTime() - lastNew > quiet.toNanos()) {
                    break;
                }
            }
        }
        return out;
    }
}
