package io.newsflow.sink;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.newsflow.admin.ServiceMetrics;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mode {@code file}: consumes the topic into the file store, exactly once. Where to resume is read from the store
 * whenever a partition is assigned; the group's committed offsets are written after each file commit only as a
 * progress marker for monitoring (consumer lag), and never read.
 */
final class FileSink implements SinkLoop, ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(FileSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final SinkConfig config;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<Integer, PartitionWriter> writers = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
    private final ServiceMetrics metrics;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    FileSink(SinkConfig config, ServiceMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.consumer = new KafkaConsumer<>(config.consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void run(BooleanSupplier closing) {
        boolean clean = false;
        try {
            metrics.bindConsumer(consumer);
            consumer.subscribe(List.of(config.topic()), this);
            while (!closing.getAsBoolean()) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = consumer.poll(config.pollTimeout());
                } catch (WakeupException e) {
                    break;
                }
                metrics.articlesIn(records.count());
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    PartitionWriter writer = writers.get(record.partition());
                    if (writer == null) {
                        throw new IllegalStateException("record of unassigned partition " + record.partition());
                    }
                    if (writer.append(record)) {
                        commit(writer);
                    }
                }
                long now = System.nanoTime();
                for (PartitionWriter writer : writers.values()) {
                    if (writer.isDue(now)) {
                        commit(writer);
                    }
                }
                commitProgress();
            }
            for (PartitionWriter writer : writers.values()) {
                commit(writer);
            }
            writers.clear();
            commitProgress();
            clean = true;
        } finally {
            if (!clean) {
                // Whatever failed, the open files are not known to be whole: drop them, a restart reads them again.
                writers.values().forEach(PartitionWriter::abandon);
                writers.clear();
            }
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

    /** Runs inside poll(), before another member may get the partitions: commit their open files now. */
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            PartitionWriter writer = writers.remove(tp.partition());
            if (writer != null) {
                commit(writer);
                LOG.info("event=partition_revoked topic={} partition={}", tp.topic(), tp.partition());
            }
        }
        commitProgress();
    }

    /** The partitions are someone else's already: committing now could duplicate what the new owner writes. */
    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            PartitionWriter writer = writers.remove(tp.partition());
            if (writer != null) {
                writer.abandon();
                LOG.warn("event=partition_lost topic={} partition={} open_files_dropped=true", tp.topic(), tp.partition());
            }
            progress.remove(tp);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            PartitionWriter previous = writers.remove(tp.partition());
            if (previous != null) {
                commit(previous);
            }
            PartitionWriter writer = PartitionWriter.recover(config, tp.partition());
            writers.put(tp.partition(), writer);
            if (writer.resumeOffset() >= 0) {
                consumer.seek(tp, writer.resumeOffset());
            } else {
                consumer.seekToBeginning(List.of(tp));
            }
        }
    }

    private void commit(PartitionWriter writer) {
        PartitionWriter.Committed committed = writer.commit();
        if (committed != null) {
            written.addAndGet(committed.articles());
            rejected.addAndGet(committed.rejected());
            metrics.articlesOut(committed.articles());
            metrics.deadLettered("rejected", committed.rejected());
            progress.put(new TopicPartition(config.topic(), writer.partition()), new OffsetAndMetadata(committed.nextOffset()));
        }
    }

    private void commitProgress() {
        if (progress.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = Map.copyOf(progress);
        progress.clear();
        try {
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException e) {
                consumer.commitSync(offsets); // close() asked to stop; the loop sees that, and the marker is still worth it
            }
        } catch (InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warn("event=progress_commit_failed offsets={} error=\"{}\" (only a marker: the file store decides where to resume)",
                    offsets, PartitionWriter.logSafe(String.valueOf(e.getMessage())));
        }
    }
}
