package io.newsflow.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import io.newsflow.core.lock.DirectoryLockedException;
import java.nio.file.Files;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepRecordsAcrossARestart() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir, 0)) {
            broker.createTopics(Map.of("t", 2));
            produce(broker, "before");
            broker.stop();
            broker.restart();
            produce(broker, "after");
            assertEquals(List.of("after", "before"), consumeAll(broker, 2).stream().sorted().toList());
            assertTrue(broker.topics().contains("t"));
        }
    }

    @Test
    void shouldRefuseASecondBrokerOnTheSameDataAndKeepServingTheFirst() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir, 0)) {
            broker.createTopics(Map.of("t", 1));
            produce(broker, "before");
            String controllerPort = Files.readString(dir.resolve("controller.port"));
            DirectoryLockedException refused = assertThrows(DirectoryLockedException.class, () -> LocalKafkaBroker.start(dir, 0));
            assertTrue(refused.getMessage().contains("newsflow broker (pid " + ProcessHandle.current().pid()), refused.getMessage());
            assertEquals(controllerPort, Files.readString(dir.resolve("controller.port")), "the refused broker touched nothing");
            produce(broker, "after");
            assertEquals(List.of("after", "before"), consumeAll(broker, 2).stream().sorted().toList());
        }
        try (LocalKafkaBroker again = LocalKafkaBroker.start(dir, 0)) {
            assertTrue(again.topics().contains("t"), "closing the first released the directory");
        }
    }

    private static void produce(LocalKafkaBroker broker, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("t", value, value)).get();
        }
    }

    private static List<String> consumeAll(LocalKafkaBroker broker, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of("t"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (out.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    out.add(new String(r.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
