package io.newsflow.app;

import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Figure;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** {@code newsflow tail}: follows enriched articles for an operator, one short block per article. */
final class TailCommand {

    static final Setting<String> BOOTSTRAP = CommonSettings.BOOTSTRAP_SERVERS;
    static final Setting<String> TOPIC = Setting.string("topic", Topics.ENRICHED, "Topic to follow.");
    static final Setting<Boolean> FROM_BEGINNING = Setting.flag("from-beginning", "Start at the oldest record instead of new ones.");
    static final Setting<Integer> MAX = Setting.integer("max", 0, 0, Integer.MAX_VALUE, "Stop after this many articles (0: follow until Ctrl-C).");
    static final Setting<Integer> TOP = Setting.integer("top", 5, 1, 100, "Entities and figures shown per article.");
    static final List<Setting<?>> SETTINGS = List.of(BOOTSTRAP, TOPIC, FROM_BEGINNING, MAX, TOP,
            CommonSettings.CONNECT_TIMEOUT);

    private TailCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        Settings s = ServiceCommands.parse("tail", "Follows a topic of enriched articles readably.", SETTINGS, args, out);
        if (s == null) {
            return 0;
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, s.get(BOOTSTRAP));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-tail-" + UUID.randomUUID()); // a viewer never moves anyone's offsets
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, s.get(FROM_BEGINNING) ? "earliest" : "latest");
        p.putAll(s.kafkaOverrides());
        int max = s.get(MAX);
        int top = s.get(TOP);
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            ServiceCommands.onShutdown(() -> {
                running.set(false);
                consumer.wakeup();
            });
            Duration connectTimeout = s.get(CommonSettings.CONNECT_TIMEOUT);
            if (!BrokerConnection.await(p, connectTimeout, () -> !running.get())) {
                return 0;
            }
            String topic = s.get(TOPIC);
            if (consumer.partitionsFor(topic, connectTimeout).isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + s.get(BOOTSTRAP)
                        + " (./newsflow broker creates the Newsflow topics)");
            }
            consumer.subscribe(List.of(topic));
            int shown = 0;
            while (running.get() && (max == 0 || shown < max)) {
                try {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        out.println(describe(r, top));
                        out.flush();
                        if (max > 0 && ++shown >= max) {
                            break;
                        }
                    }
                } catch (org.apache.kafka.common.errors.WakeupException e) {
                    break;
                }
            }
        }
        return 0;
    }

    static String describe(ConsumerRecord<String, byte[]> r, int top) {
        EnrichedArticle a;
        try {
            a = Serdes.ENRICHED.fromBytes(r.value());
        } catch (RuntimeException e) {
            return String.format("[p%d@%d] %s: not an enriched article (%s)%n", r.partition(), r.offset(), r.key(), e.getMessage());
        }
        if (a == null) {
            return String.format("[p%d@%d] %s: (tombstone)%n", r.partition(), r.offset(), r.key());
        }
        String entities = a.entities().stream().limit(top)
                .map(e -> e.text() + " (" + e.type() + (e.count() > 1 ? " x" + e.count() : "") + ")")
                .collect(Collectors.joining(", "));
        String figures = a.figures().stream().limit(top).map(TailCommand::figure).collect(Collectors.joining("; "));
        return String.format("[p%d@%d] %s  %s%n  entities: %s%n  figures:  %s%n", r.partition(), r.offset(), a.id(),
                a.title() == null || a.title().isBlank() ? "(no title)" : a.title(),
                entities.isEmpty() ? "-" : entities, figures.isEmpty() ? "-" : figures);
    }

    static String figure(Figure f) {
        StringBuilder sb = new StringBuilder(f.text()).append(" = ").append(f.kind());
        if (f.normalized() != null) {
            sb.append(' ').append(f.normalized());
        } else if (f.value() != null) {
            sb.append(' ').append(f.value().toPlainString());
        }
        if (f.event() != null) {
            sb.append(' ').append(f.event());
        }
        return sb.toString();
    }

}
