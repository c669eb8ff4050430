package io.newsflow.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    static final Setting<String> SERVERS = Setting.string("bootstrap-servers", "localhost:9092", "Kafka.");
    static final Setting<Integer> THREADS = Setting.integer("threads", 1, 1, 8, "Threads.");
    static final Setting<Duration> AGE = Setting.duration("max-age", "60s", "Age.");
    static final Setting<Long> SIZE = Setting.bytes("max-bytes", 1024, 1, "Size.");
    static final Setting<Boolean> FROM_START = Setting.flag("from-beginning", "Flag.");
    static final Setting<String> MODE = Setting.oneOf("mode", "file", List.of("file", "topic"), "Mode.");
    static final Setting<String> PASSWORD = Setting.string("password", "", "Secret.").secret();
    static final List<Setting<?>> ALL = List.of(SERVERS, THREADS, AGE, SIZE, FROM_START, MODE, PASSWORD);

    @TempDir
    Path dir;

    @Test
    void shouldUseTheDefaultsWhenNothingIsGiven() {
        Settings s = Settings.parse(ALL, new String[0], Map.of());
        assertEquals("localhost:9092", s.get(SERVERS));
        assertEquals(1, s.get(THREADS));
        assertEquals(Duration.ofSeconds(60), s.get(AGE));
        assertEquals(false, s.get(FROM_START));
        assertEquals("file", s.get(MODE));
    }

    @Test
    void shouldPreferFlagsToEnvironmentToFileToDefaults() throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "threads=2\nmax-age=5m\nmax-bytes=2k\nkafka.linger.ms=7\nkafka.acks=1\n");
        Map<String, String> env = Map.of("NEWSFLOW_THREADS", "3", "NEWSFLOW_MAX_AGE", "10s", "NEWSFLOW_KAFKA_ACKS", "all");
        Settings s = Settings.parse(ALL, new String[] {"--config", file.toString(), "--threads=4", "--kafka.linger.ms", "9"}, env);
        assertEquals(4, s.get(THREADS), "flag beats env");
        assertEquals(Duration.ofSeconds(10), s.get(AGE), "env beats file");
        assertEquals(2048L, s.get(SIZE), "file beats default");
        assertEquals("9", s.kafkaOverrides().getProperty("linger.ms"), "kafka flag beats file");
        assertEquals("all", s.kafkaOverrides().getProperty("acks"), "kafka env beats file");
    }

    @Test
    void shouldKeepWordsThatAreNotOptionsAsPositionalArguments() {
        Settings s = Settings.parse(ALL, new String[] {"a.txt", "--from-beginning", "b.csv", "--", "--not-an-option"}, Map.of());
        assertEquals(List.of("a.txt", "b.csv", "--not-an-option"), s.positional());
        assertTrue(s.get(FROM_START));
    }

    @Test
    void shouldNameTheOptionInEveryError() {
        assertEquals("--threads: '0' must be between 1 and 8",
                assertThrows(SettingsException.class, () -> Settings.parse(ALL, new String[] {"--threads", "0"}, Map.of())).getMessage());
        assertEquals("--threads: cannot read 'many' as int",
                assertThrows(SettingsException.class, () -> Settings.parse(ALL, new String[0], Map.of("NEWSFLOW_THREADS", "many"))).getMessage());
        assertEquals("--mode: 'disk' must be one of file, topic",
                assertThrows(SettingsException.class, () -> Settings.parse(ALL, new String[] {"--mode", "disk"}, Map.of())).getMessage());
        assertEquals("--colour: unknown option (see --help)",
                assertThrows(SettingsException.class, () -> Settings.parse(ALL, new String[] {"--colour", "red"}, Map.of())).getMessage());
        assertEquals("--max-age: needs a value",
                assertThrows(SettingsException.class, () -> Settings.parse(ALL, new String[] {"--max-age"}, Map.of())).getMessage());
        assertTrue(assertThrows(SettingsException.class,
                () -> Settings.parse(ALL, new String[] {"--config", dir.resolve("missing").toString()}, Map.of())).getMessage().startsWith("--config: cannot read"));
    }

    @Test
    void shouldNeverPrintASecret() {
        Settings s = Settings.parse(ALL, new String[] {"--password", "hunter2"}, Map.of());
        assertEquals("hunter2", s.get(PASSWORD));
        assertEquals("***", s.describe(ALL).get("password"));
    }

    @Test
    void shouldRequireARequiredSettingButStillShowHelp() {
        Setting<String> topic = Setting.string("topic", "", "Topic.").required();
        assertEquals("--topic: is required (or set NEWSFLOW_TOPIC)",
                assertThrows(SettingsException.class, () -> Settings.parse(List.of(topic), new String[0], Map.of())).getMessage());
        assertTrue(Settings.parse(List.of(topic), new String[] {"--help"}, Map.of()).helpRequested());
    }

    @Test
    void shouldDocumentEveryOptionInHelpAndInTheMarkdownTable() {
        String help = Settings.help("demo", "Runs it.", ALL);
        String table = Settings.markdownTable(ALL);
        for (Setting<?> s : ALL) {
            assertTrue(help.contains("--" + s.name()), s.name());
            assertTrue(help.contains(s.envName()), s.envName());
            assertTrue(table.contains("| `--" + s.name() + "` | `" + s.envName() + "` |"), s.name());
        }
    }

    @Test
    void shouldReadSizesAndDurationsInTheirUsualForms() {
        assertEquals(1024L * 1024, Setting.parseBytes("1m"));
        assertEquals(1024L * 1024, Setting.parseBytes("1MB"));
        assertEquals(64L * 1024 * 1024, Setting.parseBytes("64 MB"));
        assertEquals(Duration.ofDays(7), Setting.parseDuration("7d"));
        assertEquals(Duration.ofMillis(250), Setting.parseDuration("250ms"));
        assertEquals(Duration.ofSeconds(30), Setting.parseDuration("PT30S"));
        assertEquals(Duration.ZERO, Setting.parseDuration("0"));
    }
}
