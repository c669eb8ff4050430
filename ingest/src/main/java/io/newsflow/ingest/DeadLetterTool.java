package io.newsflow.ingest;

import io.newsflow.core.DeadLetterHeaders;
import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.core.kafka.BrokerUnreachableException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code newsflow dlq list|replay}: looks into the dead-letter topic, and sends its records back once their cause is
 * fixed.
 *
 * <p>Both read the whole topic from the beginning to its end as of the start, with a consumer that has no group:
 * nothing is committed, so {@code list} changes nothing and can be run any time, and {@code replay} re-sends every
 * matching record each time it runs. That is safe because records keep their key (the article id), and enrich
 * publishes an article again under the same key; narrow a replay with {@code --reason}. Records of aborted
 * transactions are skipped (read_committed).
 */
public final class DeadLetterTool {

    public static final Setting<String> BOOTSTRAP_SERVERS = CommonSettings.BOOTSTRAP_SERVERS;
    public static final Setting<String> TOPIC = Setting.string("topic", Topics.DLQ, "The dead-letter topic.");
    public static final Setting<Integer> LIMIT = Setting.integer("limit", 100, 0, Integer.MAX_VALUE,
            "Most records printed, from the oldest; 0 for all. The summary counts every record.");
    public static final Setting<String> REASON = Setting.string("reason", "",
            "Only records with this reason (header " + DeadLetterHeaders.REASON + "); all when empty.");
    public static final Setting<String> TO = Setting.string("to", Topics.RAW,
            "Topic the records are sent back to, with their original key and value.");
    public static final Setting<Duration> TIMEOUT = CommonSettings.CONNECT_TIMEOUT;

    public static final List<Setting<?>> LIST_SETTINGS = List.of(BOOTSTRAP_SERVERS, TOPIC, LIMIT, REASON, TIMEOUT);
    public static final List<Setting<?>> REPLAY_SETTINGS = List.of(BOOTSTRAP_SERVERS, TOPIC, REASON, TO, TIMEOUT);

    public static final String LIST_SUMMARY = "Prints the records of the dead-letter topic (offset, key, reason, "
            + "headers, value size) and a count by reason.";
    public static final String REPLAY_SUMMARY = "Sends the dead-letter records (all, or those with --reason) back "
            + "to news.raw, or --to, with their original key and value.";

    private static final int MAX_HEADER_CHARS = 300;
    private static final String NO_REASON = "(none)";

    private DeadLetterTool() {
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, with errors on {@code out} too. */
    public static int run(List<String> args, PrintStream out) {
        return run(args, out, out);
    }

    /**
     * Runs {@code list} or {@code replay} with their options: results on {@code out}, errors (named {@code newsflow
     * dlq <command>: ...}) on {@code err}; returns 0 on success, 1 on failure, 2 on bad usage.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            (args.isEmpty() ? err : out).println(usage());
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        List<Setting<?>> declared = switch (command) {
            case "list" -> LIST_SETTINGS;
            case "replay" -> REPLAY_SETTINGS;
            default -> null;
        };
        if (declared == null) {
            err.println("newsflow dlq: unknown command '" + command + "'\n\n" + usage());
            return 2;
        }
        String name = "newsflow dlq " + command + ": ";
        Settings settings;
        try {
            settings = Settings.parse(declared, args.subList(1, args.size()).toArray(String[]::new));
        } catch (SettingsException e) {
            err.println(name + e.getMessage());
            return 2;
        }
        if (settings.helpRequested()) {
            out.print(Settings.help("dlq " + command, command.equals("list") ? LIST_SUMMARY : REPLAY_SUMMARY, declared));
            return 0;
        }
        if (!settings.positional().isEmpty()) {
            err.println(name + "unexpected argument '" + settings.positional().get(0) + "'");
            return 2;
        }
        try {
            return command.equals("list") ? list(settings, out) : replay(settings, out, err);
        } catch (KafkaException | IllegalStateException | BrokerUnreachableException e) {
            err.println(name + e.getMessage());
            return 1;
        }
    }

    private static String usage() {
        return "Usage: newsflow dlq list [--bootstrap-servers HOST:PORT] [--topic " + Topics.DLQ + "] [--limit N] "
                + "[--reason R]\n"
                + "       newsflow dlq replay [--bootstrap-servers HOST:PORT] [--topic " + Topics.DLQ + "] [--reason R] "
                + "[--to " + Topics.RAW + "]\n"
                + "       newsflow dlq list|replay --help";
    }

    private static int list(Settings settings, PrintStream out) {
        int limit = settings.get(LIMIT);
        String reason = settings.get(REASON).strip();
        Map<String, Integer> byReason = new TreeMap<>();
        int[] counts = new int[2]; // matching, shown
        scan(settings, record -> {
            String r = reasonOf(record);
            if (!reason.isEmpty() && !reason.equals(r)) {
                return;
            }
            counts[0]++;
            byReason.merge(r, 1, Integer::sum);
            if (limit == 0 || counts[1] < limit) {
                counts[1]++;
                out.println(describe(record));
            }
        });
        out.println("records=" + counts[0] + " shown=" + counts[1] + " topic=" + settings.get(TOPIC));
        byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.println("reason=" + e.getKey() + " count=" + e.getValue()));
        return 0;
    }

    private static int replay(Settings settings, PrintStream out, PrintStream err) {
        String from = settings.get(TOPIC);
        String to = settings.get(TO).strip();
        String reason = settings.get(REASON).strip();
        if (to.isEmpty() || to.equals(from)) {
            err.println("newsflow dlq replay: --to must name another topic than --topic (" + from + ")");
            return 2;
        }
        Properties p = clientProperties(settings, ProducerConfig.configNames());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-dlq-replay");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(settings.get(TIMEOUT).toMillis()));
        p.putAll(filtered(settings.kafkaOverrides(), ProducerConfig.configNames()));
        Map<String, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        int[] skipped = new int[1];
        int[] omitted = new int[1];
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            scan(settings, record -> {
                if (!reason.isEmpty() && !reason.equals(reasonOf(record))) {
                    skipped[0]++;
                    return;
                }
                if (record.headers().lastHeader(DeadLetterHeaders.VALUE_OMITTED) != null) {
                    // Its value was too large to copy: it is still in the source topic, at the offset the headers name.
                    omitted[0]++;
                    return;
                }
                sent.put(record.partition() + "@" + record.offset(),
                        producer.send(new ProducerRecord<>(to, record.key(), record.value())));
            });
            producer.flush();
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Future<RecordMetadata>> e : sent.entrySet()) {
            try {
                e.getValue().get();
            } catch (ExecutionException ex) {
                failures.add(e.getKey() + ": " + ex.getCause().getClass().getSimpleName() + ": " + ex.getCause().getMessage());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                failures.add(e.getKey() + ": interrupted");
            }
        }
        failures.forEach(f -> out.println("failed " + f));
        out.println("replayed=" + (sent.size() - failures.size()) + " failed=" + failures.size()
                + " skipped=" + skipped[0] + (omitted[0] == 0 ? "" : " value_omitted=" + omitted[0]) + " from=" + from + " to=" + to
                + (reason.isEmpty() ? "" : " reason=" + reason));
        return failures.isEmpty() ? 0 : 1;
    }

    /** Every committed record of the topic, oldest first per partition, up to the end offsets taken at the start. */
    private static void scan(Settings settings, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        String topic = settings.get(TOPIC);
        Duration timeout = settings.get(TIMEOUT);
        Properties p = clientProperties(settings, ConsumerConfig.configNames());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dlq");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putAll(filtered(settings.kafkaOverrides(), ConsumerConfig.configNames()));
        p.remove(ConsumerConfig.GROUP_ID_CONFIG); // read-only: no group, nothing committed
        BrokerConnection.await(p, timeout, () -> false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic, timeout);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                throw new IllegalStateException("Kafka at " + settings.get(BOOTSTRAP_SERVERS) + " did not answer within "
                        + timeout.toSeconds() + " s");
            }
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long quietSince = System.nanoTime();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > timeout.toNanos()) {
                    throw new IllegalStateException("no records from " + topic + " for " + timeout.toSeconds()
                            + " s before reaching its end");
                }
                for (TopicPartition tp : partitions) {
                    for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
                        if (r.offset() < end.get(tp)) {
                            each.accept(r);
                        }
                    }
                }
            }
        }
    }

    private static Properties clientProperties(Settings settings, java.util.Set<String> names) {
        Properties p = new Properties();
        p.put("bootstrap.servers", settings.get(BOOTSTRAP_SERVERS));
        p.put("request.timeout.ms", Long.toString(Math.min(Integer.MAX_VALUE, settings.get(TIMEOUT).toMillis())));
        p.put("default.api.timeout.ms", Long.toString(Math.min(Integer.MAX_VALUE, settings.get(TIMEOUT).toMillis())));
        p.keySet().retainAll(names);
        return p;
    }

    /** The --kafka.* properties this client knows; the others are for other clients and would only be warned about. */
    private static Properties filtered(Properties overrides, java.util.Set<String> names) {
        Properties p = new Properties();
        for (String name : overrides.stringPropertyNames()) {
            if (names.contains(name)) {
                p.put(name, overrides.getProperty(name));
            }
        }
        return p;
    }

    private static String reasonOf(ConsumerRecord<byte[], byte[]> record) {
        Header h = record.headers().lastHeader(DeadLetterHeaders.REASON);
        return h == null || h.value() == null ? NO_REASON : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** One line: where, key, reason, value size, then the other headers as name=value. */
    static String describe(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder sb = new StringBuilder()
                .append("offset=").append(record.partition()).append('@').append(record.offset())
                .append(" key=").append(record.key() == null ? "(null)" : quote(utf8(record.key())))
                .append(" reason=").append(quote(reasonOf(record)))
                .append(" value_bytes=").append(record.value() == null ? "(null)" : record.value().length);
        for (Header h : record.headers()) {
            if (!h.key().equals(DeadLetterHeaders.REASON)) {
                sb.append(' ').append(h.key()).append('=').append(h.value() == null ? "(null)" : quote(utf8(h.value())));
            }
        }
        return sb.toString();
    }

    private static String utf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() <= MAX_HEADER_CHARS ? s : s.substring(0, MAX_HEADER_CHARS) + "...";
    }

    /** Values with spaces or quotes in double quotes, so that a line splits into name=value pairs. */
    private static String quote(String s) {
        String escaped = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\"", "\\\"");
        return escaped.isEmpty() || escaped.matches(".*[\\s\"=].*") ? "\"" + escaped + "\"" : escaped;
    }
}
