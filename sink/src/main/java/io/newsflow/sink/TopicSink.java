package io.newsflow.sink;

import io.newsflow.core.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.newsflow.admin.ServiceMetrics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mode {@code topic}: copies the topic to the sink topic exactly once, consume-transform-produce. Each polled batch
 * is one transaction holding the copies, the dead letters and the consumer offsets, so they count together or not at
 * all; the group's committed offsets are the truth here. Values that are not article JSON go to the DLQ, with the
 * reason in {@link DeadLetterHeaders}.
 */
final class TopicSink implements SinkLoop {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    /** Aborted transactions in a row before giving up: a batch that can never be written must not spin forever. */
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final SinkConfig config;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ServiceMetrics metrics;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    TopicSink(SinkConfig config, ServiceMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.consumer = new KafkaConsumer<>(config.consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            this.producer = new KafkaProducer<>(config.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
        } catch (RuntimeException e) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
            throw e;
        }
    }

    @Override
    public void run(BooleanSupplier closing) {
        try {
            metrics.bindConsumer(consumer);
            metrics.bindProducer(producer);
            requireTopics(config, List.of(config.sinkTopic(), config.dlqTopic()));
            // Fences an earlier incarnation with the same transactional.id and aborts its open transaction.
            producer.initTransactions();
            consumer.subscribe(List.of(config.topic()), new Logging());
            int failures = 0;
            while (!closing.getAsBoolean()) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = consumer.poll(config.pollTimeout());
                } catch (WakeupException e) {
                    break;
                }
                if (records.isEmpty()) {
                    continue;
                }
                if (copy(records)) {
                    failures = 0;
                } else if (++failures >= MAX_ATTEMPTS) {
                    throw new IllegalStateException(MAX_ATTEMPTS + " transactions in a row were aborted; see the warnings above");
                }
            }
        } finally {
            producer.close(CLOSE_TIMEOUT);
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        }
    }

    @Override
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public long recordsWritten() {
        return written.get();
    }

    @Override
    public long recordsRejected() {
        return rejected.get();
    }

    /** One transaction for the batch; false when it was aborted and the batch will be read again. */
    private boolean copy(ConsumerRecords<byte[], byte[]> records) {
        long copied = 0;
        long dead = 0;
        try {
            producer.beginTransaction();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                ArticleLine.Rejection rejection = ArticleLine.check(r.value());
                if (rejection == null) {
                    producer.send(new ProducerRecord<>(config.sinkTopic(), null, timestampOf(r), r.key(), r.value(), r.headers()));
                    copied++;
                } else {
                    LOG.warn("event=record_rejected topic={} partition={} offset={} reason={} detail=\"{}\" dlq={}",
                            r.topic(), r.partition(), r.offset(), rejection.reason(),
                            PartitionWriter.logSafe(rejection.detail()), config.dlqTopic());
                    producer.send(deadLetter(r, rejection));
                    dead++;
                }
            }
            producer.sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
                 | UnsupportedVersionException | FencedInstanceIdException e) {
            throw e; // this producer cannot go on; another instance (same transactional id) may have taken over
        } catch (InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warn("event=transaction_aborted records={} error=\"{}\"", records.count(),
                    PartitionWriter.logSafe(String.valueOf(e.getMessage())));
            producer.abortTransaction();
            rewind(records);
            return false;
        }
        written.addAndGet(copied);
        rejected.addAndGet(dead);
        metrics.articlesIn(records.count());
        metrics.articlesOut(copied);
        metrics.deadLettered("rejected", dead);
        LOG.debug("event=transaction_committed records={} rejected={}", copied, dead);
        return true;
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> r, ArticleLine.Rejection rejection) {
        RecordHeaders headers = new RecordHeaders(r.headers().toArray());
        headers.add(DeadLetterHeaders.REASON, utf8(rejection.reason()));
        headers.add(DeadLetterHeaders.ERROR_MESSAGE, utf8(rejection.detail()));
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(r.topic()));
        headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(r.partition())));
        headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(r.offset())));
        headers.add(DeadLetterHeaders.SERVICE, utf8("sink"));
        headers.add(DeadLetterHeaders.TIME, utf8(Instant.now().toString()));
        return new ProducerRecord<>(config.dlqTopic(), null, timestampOf(r), r.key(), r.value(), headers);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> list = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** After an abort, read the batch again from its first records (of the partitions still ours). */
    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            if (consumer.assignment().contains(tp)) {
                consumer.seek(tp, records.records(tp).get(0).offset());
            }
        }
    }

    /**
     * Fails at once, naming them, when topics it writes to do not exist: the admin client's answer is immediate, where
     * the producer would wait {@code max.block.ms} (a minute) logging a warning twice a second.
     */
    static void requireTopics(SinkConfig config, List<String> topics) {
        List<String> missing = new ArrayList<>();
        try (Admin admin = Admin.create(config.adminProperties())) {
            for (Map.Entry<String, KafkaFuture<TopicDescription>> t : admin.describeTopics(topics).topicNameValues().entrySet()) {
                try {
                    t.getValue().get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw new IllegalStateException("cannot check topic " + t.getKey() + ": " + e.getCause(), e.getCause());
                    }
                    missing.add(t.getKey());
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Kafka at " + config.bootstrapServers() + " did not describe topic "
                            + t.getKey() + " within " + CHECK_TIMEOUT.toSeconds() + " s");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptException(e);
                }
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join(",", missing);
            throw new IllegalStateException("topic " + names + (missing.size() == 1 ? " does" : " do") + " not exist on "
                    + config.bootstrapServers() + "; create it first: ./newsflow topics --bootstrap-servers "
                    + config.bootstrapServers() + " --topics " + names);
        }
    }

    private static Long timestampOf(ConsumerRecord<byte[], byte[]> r) {
        return r.timestamp() >= 0 ? r.timestamp() : null;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Logging implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                LOG.info("event=partitions_revoked partitions={}", partitions);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                LOG.info("event=partitions_assigned partitions={}", partitions);
            }
        }
    }
}
