package io.newsflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's threads, by kind, from {@code /proc/self/task}: where the cores go during a run (stream
 * threads, the in-JVM broker, Kafka client I/O, GC, JIT). Empty where there is no /proc.
 */
final class CpuByThread {

    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    static final String JIT = "JIT";

    /** Thread name prefixes (as /proc shows them, cut to 15 characters) and the kind they are counted as. */
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("newsflow-enrich", "enrich stream threads"),
            Map.entry("svc-sink", "sink"),
            Map.entry("newsflow-serve", "serve stream threads"),
            Map.entry("serve-http", "serve HTTP"),
            Map.entry("java", "main (ingest)"),
            Map.entry("kafka-producer-", "Kafka client I/O"),
            Map.entry("kafka-coordinat", "Kafka client I/O"),
            Map.entry("consumer_backgr", "Kafka client I/O"),
            Map.entry("kafka-admin-cli", "Kafka client I/O"),
            Map.entry("C1 CompilerThre", JIT),
            Map.entry("C2 CompilerThre", JIT),
            Map.entry("GC Thread", "GC"),
            Map.entry("G1 ", "GC"),
            Map.entry("VM Thread", "GC"),
            Map.entry("bench-", "bench's own watchers"),
            Map.entry("rocksdb", "RocksDB"));
    private static final String REST = "broker and other";

    private final Map<String, Long> ticks;

    private CpuByThread(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    static CpuByThread now() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new CpuByThread(ticks);
        }
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path t : threads) {
                try {
                    String stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    ticks.merge(kind(comm), used, Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while we looked: its time is gone from both snapshots' view
                }
            }
        } catch (IOException e) {
            return new CpuByThread(Map.of());
        }
        return new CpuByThread(ticks);
    }

    static String kind(String threadName) {
        for (Map.Entry<String, String> k : KINDS) {
            if (threadName.startsWith(k.getKey())) {
                return k.getValue();
            }
        }
        return REST;
    }

    /** CPU seconds by kind since {@code before}, largest first. */
    Map<String, Double> since(CpuByThread before) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticks.forEach((kind, t) -> seconds.put(kind, (t - before.ticks.getOrDefault(kind, 0L)) / TICKS_PER_SECOND));
        return seconds.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** "enrich stream threads 25.1, GC 2.0, ..." in ms per article. */
    static String perArticle(Map<String, Double> seconds, long articles) {
        return seconds.entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), 1000 * e.getValue() / articles))
                .collect(Collectors.joining(", "));
    }
}
