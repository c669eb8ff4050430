package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkSettingsTest {

    @TempDir
    Path dir;

    @Test
    void shouldHaveTheDocumentedDefaults() {
        Settings s = Settings.parse(SinkService.SETTINGS, new String[0], Map.of());
        assertEquals("localhost:9092", s.get(SinkService.BOOTSTRAP_SERVERS));
        assertEquals("news.enriched", s.get(SinkService.TOPIC));
        assertEquals("newsflow-sink", s.get(SinkService.GROUP_ID));
        assertEquals(Path.of("./newsflow-out"), s.get(SinkService.OUT));
        assertEquals("file", s.get(SinkService.MODE));
        assertEquals("news.enriched.sink", s.get(SinkService.SINK_TOPIC));
        assertEquals(64L * 1024 * 1024, s.get(SinkService.MAX_FILE_BYTES));
        assertEquals(60, s.get(SinkService.MAX_FILE_AGE).toSeconds());
    }

    @Test
    void shouldAcceptAValidConfigurationWithoutConnecting() {
        SinkService service = create("--bootstrap-servers", "broker-1:9092,broker-2:9093", "--max-file-bytes", "1m",
                "--max-file-age", "5s", "--kafka.max.poll.records", "100");
        service.close();
        assertEquals(0, service.recordsWritten());
    }

    @Test
    void shouldNameTheOptionThatIsWrong() {
        assertOption("mode", "--mode", "s3");
        assertOption("max-file-age", "--max-file-age", "0s");
        assertOption("max-file-bytes", "--max-file-bytes", "0");
        assertOption("bootstrap-servers", "--bootstrap-servers", "no-port");
        assertOption("topic", "--topic", "bad topic");
        assertOption("sink-topic", "--mode", "topic", "--sink-topic", "news.enriched");
        assertOption("kafka.max.poll.records", "--kafka.max.poll.records", "lots");
    }

    @Test
    void shouldRefuseKafkaPropertiesThatWouldBreakExactlyOnce() {
        assertOption("kafka.enable.auto.commit", "--kafka.enable.auto.commit", "true");
        assertOption("kafka.isolation.level", "--kafka.isolation.level", "read_uncommitted");
    }

    @Test
    void shouldRefuseAnOutputPathThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertOption("out", "--out", file.toString());
    }

    @Test
    void shouldListEveryOptionInItsHelp() {
        String help = Settings.help("sink", SinkService.SUMMARY, SinkService.SETTINGS);
        for (var s : SinkService.SETTINGS) {
            assertTrue(help.contains("--" + s.name()), s.name());
        }
        assertTrue(SinkService.SUMMARY.indexOf('\n') < 0);
    }

    private SinkService create(String... args) {
        List<String> all = new ArrayList<>(List.of("--out", dir.resolve("out").toString()));
        all.addAll(List.of(args));
        return SinkService.create(Settings.parse(SinkService.SETTINGS, all.toArray(String[]::new), Map.of()));
    }

    private void assertOption(String option, String... args) {
        SettingsException e = assertThrows(SettingsException.class, () -> create(args));
        assertEquals(option, e.option(), e.getMessage());
    }
}
