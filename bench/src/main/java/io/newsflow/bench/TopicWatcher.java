package io.newsflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic as a downstream consumer would (read_committed, from the beginning, no group): counts its records
 * and, once given {@link ArrivalTimes}, when each article arrived. Offsets cannot be used for counting, since
 * exactly-once writes put transaction markers between the records.
 */
final class TopicWatcher implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicLong count = new AtomicLong();
    private volatile ArrivalTimes arrivals;
    private volatile boolean running = true;

    private TopicWatcher(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::poll, "bench-watch-" + topic);
        thread.setDaemon(true);
    }

    static TopicWatcher start(String bootstrap, String topic) {
        TopicWatcher w = new TopicWatcher(bootstrap, topic);
        w.thread.start();
        return w;
    }

    private void poll() {
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(50));
                Instant now = Instant.now();
                ArrivalTimes times = arrivals;
                if (times != null) {
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        times.arrived(r.value(), now);
                    }
                }
                count.addAndGet(records.count());
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    long count() {
        return count.get();
    }

    /** From now on, records when each article ingested since {@code times}' start arrives. */
    void timeArrivals(ArrivalTimes times) {
        arrivals = times;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
