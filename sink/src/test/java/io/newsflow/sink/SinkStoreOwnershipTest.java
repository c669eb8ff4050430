package io.newsflow.sink;

import static io.newsflow.sink.FileSinkTest.assertExactlyOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file store has one writer at a time and belongs to one cluster and one incarnation of its topic. */
class SinkStoreOwnershipTest {

    @TempDir
    Path out;

    @Test
    void shouldRefuseASecondSinkOnAStoreInUseWhileTheFirstKeepsWriting() {
        String topic = SharedBroker.newTopic("owned", 1);
        Produce.articles(topic, Articles.ids("a", 3));
        try (RunningSink first = start(topic)) {
            first.awaitWritten(3);
            SettingsException refused = assertThrows(SettingsException.class, () -> create(topic).run());
            assertTrue(refused.getMessage().startsWith("--out: " + out.toAbsolutePath() + " is in use by newsflow sink (pid "
                    + ProcessHandle.current().pid()), refused.getMessage());
            assertTrue(refused.getMessage().contains("--shared-store"), refused.getMessage());
            Produce.articles(topic, Articles.ids("b", 2));
            first.awaitWritten(5);
        }
        List<String> expected = new ArrayList<>(Articles.ids("a", 3));
        expected.addAll(Articles.ids("b", 2));
        assertExactlyOnce(expected, Articles.storedIds(out, topic));
    }

    @Test
    void shouldRecordTheClusterAndTopicAndRefuseAStoreFromAnotherClusterAtStart() throws Exception {
        String topic = SharedBroker.newTopic("cluster", 1);
        Produce.articles(topic, Articles.ids("c", 2));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(2);
        }
        String recorded = Files.readString(out.resolve(StoreIdentity.FILE_NAME), StandardCharsets.UTF_8);
        try (Admin admin = SharedBroker.get().admin()) {
            assertTrue(recorded.contains(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS)), recorded);
        }
        Files.writeString(out.resolve(StoreIdentity.FILE_NAME), recorded.replaceFirst("\"clusterId\" : \"[^\"]+\"",
                "\"clusterId\" : \"a-throwaway-demo-broker\""));
        List<Path> before = files();

        SettingsException refused = assertThrows(SettingsException.class, () -> create(topic).run());
        assertTrue(refused.getMessage().contains("was written from another Kafka cluster (cluster id a-throwaway-demo-broker"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("Give the sink another --out"), refused.getMessage());
        assertEquals(before, files(), "a refused sink changes nothing in the store");
    }

    @Test
    void shouldRefuseAStoreOfATopicThatHasBeenDeletedAndCreatedAgain() throws Exception {
        String topic = SharedBroker.newTopic("incarnation", 1);
        Produce.articles(topic, Articles.ids("old", 4));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(4);
        }
        recreate(topic);
        Produce.articles(topic, Articles.ids("new", 2));
        List<Path> before = files();

        SettingsException refused = assertThrows(SettingsException.class, () -> create(topic).run());
        assertTrue(refused.getMessage().contains("holds an earlier " + topic + " (topic id "), refused.getMessage());
        assertEquals(before, files());
        assertExactlyOnce(Articles.ids("old", 4), Articles.storedIds(out, topic));
    }

    @Test
    void shouldTakeOverAStoreWrittenBeforeIdentitiesWereRecorded() throws Exception {
        String topic = SharedBroker.newTopic("legacy", 1);
        Produce.articles(topic, Articles.ids("l", 2));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(2);
        }
        Files.delete(out.resolve(StoreIdentity.FILE_NAME));
        Produce.articles(topic, Articles.ids("m", 1));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(1);
        }
        assertTrue(Files.exists(out.resolve(StoreIdentity.FILE_NAME)));
        List<String> expected = new ArrayList<>(Articles.ids("l", 2));
        expected.addAll(Articles.ids("m", 1));
        assertExactlyOnce(expected, Articles.storedIds(out, topic));
    }

    private static void recreate(String topic) throws Exception {
        try (Admin admin = SharedBroker.get().admin()) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        SharedBroker.createReady(Map.of(topic, 1));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private RunningSink start(String topic) {
        return RunningSink.start(args(topic));
    }

    private SinkService create(String topic) {
        List<String> all = new ArrayList<>(List.of("--bootstrap-servers", SharedBroker.bootstrap()));
        all.addAll(List.of(args(topic)));
        return SinkService.create(Settings.parse(SinkService.SETTINGS, all.toArray(String[]::new), Map.of()));
    }

    private String[] args(String topic) {
        return new String[] {"--topic", topic, "--group-id", "group-" + topic, "--out", out.toString(), "--max-file-age", "300ms"};
    }
}
