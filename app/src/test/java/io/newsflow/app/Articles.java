package io.newsflow.app;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test articles and the means to publish them and count what arrived. */
final class Articles {

    private static final String[] PEOPLE = {"Angela Merkel", "Emmanuel Macron", "Joe Biden", "Narendra Modi", "Cyril Ramaphosa", "Jacinda Ardern"};
    private static final String[] PLACES = {"Berlin", "Paris", "Washington", "New Delhi", "Pretoria", "Wellington", "Almaty", "Nairobi"};
    private static final String[] ORGS = {"the United Nations", "NATO", "the World Bank", "Reuters", "the European Union"};

    private Articles() {
    }

    /** {@code n} distinct articles of a few sentences each: names, places and figures for the tagger to work on. */
    static List<RawArticle> generate(int n, String prefix) {
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String place = PLACES[i % PLACES.length];
            String org = ORGS[i % ORGS.length];
            String body = person + " arrived in " + place + " on Monday for talks with " + org + " about report " + i + ". "
                    + "Officials said " + (100 + i) + " people had been detained and about " + (i % 50 + 2) + " were injured. "
                    + "The " + (i % 12 + 1) + "-day visit follows a $" + (i % 9 + 1) + ".5bn aid package agreed in " + (2000 + i % 20) + ". "
                    + "Critics in " + PLACES[(i + 3) % PLACES.length] + " said almost " + (i % 90 + 5) + "% of the money had not arrived, "
                    + "and " + PEOPLE[(i + 1) % PEOPLE.length] + " asked " + ORGS[(i + 2) % ORGS.length] + " to investigate.";
            out.add(new RawArticle(prefix + "-" + i, "https://news.example.com/" + prefix + "/" + i, "test",
                    "Talks in " + place + " (" + prefix + " " + i + ")", body, "en", "2022-01-10", null));
        }
        return out;
    }

    static void publish(String bootstrap, String topic, List<RawArticle> articles) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (RawArticle a : articles) {
                producer.send(new ProducerRecord<>(topic, a.id(), Serdes.RAW.toBytes(a)));
            }
            producer.flush();
        }
    }

    /** Reads a topic from the beginning with read_committed until {@code expected} records or the timeout; keys with counts. */
    static Map<String, Integer> committedKeys(String bootstrap, String topic, int expected, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "verify-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> counts = new HashMap<>();
        int records = 0;
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = 0;
            while (System.nanoTime() < deadline) {
                var batch = c.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : batch) {
                    counts.merge(r.key(), 1, Integer::sum);
                    records++;
                }
                if (records >= expected) {
                    // keep reading a little: a duplicate would arrive after the expected count
                    if (quietUntil == 0) {
                        quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    } else if (System.nanoTime() > quietUntil) {
                        break;
                    }
                }
            }
        }
        return counts;
    }

    /**
     * How many records of the topic are committed now: read with read_committed from the start to each partition's
     * last stable offset, so aborted records and transaction markers, which end offsets count, are left out.
     */
    static long committedCount(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions); // the last stable offsets, read_committed
            long records = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " up to " + end + " in 30 s");
                }
                records += c.poll(Duration.ofMillis(200)).count();
            }
            return records;
        }
    }

    static String uniqueSuffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
