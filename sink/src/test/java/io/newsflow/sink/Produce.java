package io.newsflow.sink;

import io.newsflow.core.schema.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes test records to the shared broker, keyed by article id as enrich does. */
final class Produce {

    private Produce() {
    }

    static KafkaProducer<String, byte[]> producer(Map<String, Object> extra) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedBroker.bootstrap());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.putAll(extra);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends the articles and returns where each landed. */
    static List<RecordMetadata> articles(String topic, List<String> ids) {
        try (KafkaProducer<String, byte[]> producer = producer(Map.of())) {
            return send(producer, topic, ids);
        }
    }

    static List<RecordMetadata> send(KafkaProducer<String, byte[]> producer, String topic, List<String> ids) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (String id : ids) {
            EnrichedArticle a = Articles.article(id);
            sent.add(producer.send(new ProducerRecord<>(topic, id, Articles.json(a))));
        }
        producer.flush();
        return metadata(sent);
    }

    private static List<RecordMetadata> metadata(List<Future<RecordMetadata>> sent) {
        List<RecordMetadata> out = new ArrayList<>();
        for (Future<RecordMetadata> f : sent) {
            try {
                out.add(f.get());
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Sends the records in order and returns where each landed. */
    static List<RecordMetadata> records(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = producer(Map.of())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ProducerRecord<String, byte[]> r : records) {
                sent.add(producer.send(r));
            }
            return metadata(sent);
        }
    }
}
