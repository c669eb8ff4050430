package io.newsflow.ingest.follow;

import io.newsflow.core.schema.RawArticle;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Sends articles to the topic, keyed by id, with ingest's idempotent acks=all producer. */
final class ArticlePublisher {

    private final KafkaProducer<String, RawArticle> producer;
    private final String topic;

    ArticlePublisher(KafkaProducer<String, RawArticle> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    Future<RecordMetadata> send(RawArticle article) {
        return producer.send(new ProducerRecord<>(topic, article.id(), article));
    }
}
