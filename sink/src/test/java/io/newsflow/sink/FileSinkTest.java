package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSinkTest {

    @TempDir
    Path out;

    @Test
    void shouldStoreEachArticleExactlyOnceAsConsumedInItsPartitionsFiles() throws Exception {
        String topic = SharedBroker.newTopic("exactly-once", 3);
        List<String> ids = Articles.ids("a", 150);
        List<RecordMetadata> sent = Produce.articles(topic, ids);

        try (RunningSink sink = start(topic, "--max-file-age", "300ms")) {
            sink.awaitWritten(ids.size());
        }

        assertExactlyOnce(ids, Articles.storedIds(out, topic));
        Map<String, Integer> partitionOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            partitionOf.put(ids.get(i), sent.get(i).partition());
        }
        for (StoredFile file : FileStore.committed(out, topic)) {
            assertEquals(FileStore.partitionDir(out, topic, file.partition()), file.path().getParent());
            for (String line : Files.readAllLines(file.path())) {
                String id = Articles.idOf(line);
                assertEquals(partitionOf.get(id), file.partition(), id + " is in another partition's file");
                assertEquals(new String(Articles.json(Articles.article(id)), StandardCharsets.UTF_8), line);
            }
        }
        assertTrue(FileStore.temporaryFiles(out, topic).isEmpty());
        assertOffsetsStoredOnce(topic);
    }

    @Test
    void shouldKeepEachIdsNewestVersionInTheLatestViewWhateverOrderTheVersionsArriveIn() throws Exception {
        String topic = SharedBroker.newTopic("latest", 2);
        String url = "https://example.com/news?id=5&lang=fr,de";
        List<ProducerRecord<String, byte[]>> records = List.of(
                versionOf(topic, url, 1), versionOf(topic, url, 2), versionOf(topic, "b", 1),
                versionOf(topic, url, 1), versionOf(topic, "c", 3), versionOf(topic, "c", 2));
        Produce.records(records);

        try (RunningSink sink = start(topic, "--max-file-age", "300ms")) {
            sink.awaitWritten(records.size());
        }

        assertEquals(records.size(), Articles.storedIds(out, topic).size(), "the partition files keep every version");
        assertEquals(Map.of(url, 2, "b", 1, "c", 3), Map.of(url, latestVersion(topic, url), "b", latestVersion(topic, "b"),
                "c", latestVersion(topic, "c")));
        try (Stream<String> latest = LatestView.lines(out, topic)) {
            assertEquals(3, latest.count());
        }
    }

    private static ProducerRecord<String, byte[]> versionOf(String topic, String id, int version) {
        return new ProducerRecord<>(topic, id, Articles.json(Articles.article(id).withVersion(version, "h" + version, null)));
    }

    private int latestVersion(String topic, String id) throws Exception {
        return Json.MAPPER.readTree(LatestView.read(out, topic, id).orElseThrow()).get("version").asInt();
    }

    @Test
    void shouldRotateFilesBySize() throws Exception {
        String topic = SharedBroker.newTopic("size", 1);
        List<String> ids = Articles.ids("s", 60);
        Produce.articles(topic, ids);
        long lineBytes = Articles.json(Articles.article("s-10")).length + 1;

        try (RunningSink sink = start(topic, "--max-file-bytes", "2k")) {
            sink.awaitWritten(ids.size());
        }

        List<StoredFile> files = FileStore.committed(out, topic);
        long linesPerFile = (2048 + lineBytes - 1) / lineBytes; // a file is committed by the line that fills it
        assertEquals((60 + linesPerFile - 1) / linesPerFile, files.size());
        for (int i = 0; i < files.size(); i++) {
            long size = Files.size(files.get(i).path());
            assertTrue(size < 2048 + lineBytes, "file " + i + " has " + size + " bytes");
            if (i > 0) {
                assertEquals(files.get(i - 1).lastOffset() + 1, files.get(i).firstOffset(), "files must be contiguous");
            }
        }
        assertExactlyOnce(ids, Articles.storedIds(out, topic));
    }

    @Test
    void shouldCommitFilesByAgeSoThatReadersSeeDataWhileItRuns() {
        String topic = SharedBroker.newTopic("age", 1);
        try (RunningSink sink = start(topic, "--max-file-age", "300ms")) {
            Produce.articles(topic, Articles.ids("first", 10));
            sink.await("the first articles readable", Duration.ofSeconds(20),
                    () -> Articles.storedIds(out, topic).size() == 10);
            Produce.articles(topic, Articles.ids("second", 5));
            sink.await("the second articles readable", Duration.ofSeconds(20),
                    () -> Articles.storedIds(out, topic).size() == 15);
            assertTrue(sink.isRunning());
        }
        assertTrue(FileStore.committed(out, topic).size() >= 2);
    }

    @Test
    void shouldResumeAfterARestartWithoutDuplicatesOrGaps() {
        String topic = SharedBroker.newTopic("restart", 2);
        Produce.articles(topic, Articles.ids("before", 40));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(40);
        }
        Produce.articles(topic, Articles.ids("after", 30));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(30);
            RunningSink.sleep(300); // a duplicate would have been written by now
            assertEquals(30, sink.service.recordsWritten());
        }
        List<String> expected = new ArrayList<>(Articles.ids("before", 40));
        expected.addAll(Articles.ids("after", 30));
        assertExactlyOnce(expected, Articles.storedIds(out, topic));
        assertOffsetsStoredOnce(topic);
    }

    @Test
    void shouldResumeFromTheFileStoreAndNotFromTheGroupsOffsets() throws Exception {
        String topic = SharedBroker.newTopic("truth", 1);
        List<String> ids = Articles.ids("t", 20);
        Produce.articles(topic, ids);
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(20);
        }
        TopicPartition tp = new TopicPartition(topic, 0);
        try (Admin admin = SharedBroker.get().admin()) {
            OffsetAndMetadata marker = admin.listConsumerGroupOffsets("group-" + topic).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(tp);
            assertEquals(20, marker.offset(), "the progress marker follows the files");
            admin.alterConsumerGroupOffsets("group-" + topic, Map.of(tp, new OffsetAndMetadata(0)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        // The group says "from 0", the store says "from 20": the store wins, nothing is written twice.
        Produce.articles(topic, Articles.ids("u", 5));
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(5);
            RunningSink.sleep(300);
            assertEquals(5, sink.service.recordsWritten());
        }
        List<String> expected = new ArrayList<>(ids);
        expected.addAll(Articles.ids("u", 5));
        assertExactlyOnce(expected, Articles.storedIds(out, topic));

        // The group says "from 25", a new, empty store says "from the beginning": the store wins again.
        Path otherOut = out.resolve("other");
        try (RunningSink sink = RunningSink.start("--topic", topic, "--group-id", "group-" + topic,
                "--out", otherOut.toString(), "--max-file-age", "300ms")) {
            sink.awaitWritten(25);
        }
        assertExactlyOnce(expected, Articles.storedIds(otherOut, topic));
    }

    @Test
    void shouldStoreOnlyCommittedTransactionsAndNameFilesByRealOffsets() throws Exception {
        String topic = SharedBroker.newTopic("transactions", 1);
        Set<Long> committedOffsets = new HashSet<>();
        List<String> committedIds = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = Produce.producer(
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + topic))) {
            producer.initTransactions();
            for (int t = 0; t < 6; t++) {
                boolean abort = t % 2 == 1;
                List<String> ids = Articles.ids((abort ? "aborted" : "kept") + t, 7);
                producer.beginTransaction();
                List<RecordMetadata> sent = Produce.send(producer, topic, ids);
                if (abort) {
                    producer.abortTransaction();
                } else {
                    producer.commitTransaction();
                    committedIds.addAll(ids);
                    sent.forEach(m -> committedOffsets.add(m.offset()));
                }
            }
        }

        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(committedIds.size());
        }
        assertExactlyOnce(committedIds, Articles.storedIds(out, topic));
        for (StoredFile file : FileStore.committed(out, topic)) {
            assertTrue(committedOffsets.contains(file.firstOffset()), "first offset of " + file.path().getFileName());
            assertTrue(committedOffsets.contains(file.lastOffset()), "last offset of " + file.path().getFileName());
        }

        // The log ends with an aborted transaction and its marker: resuming after the last stored offset skips them.
        List<String> later = Articles.ids("later", 4);
        try (KafkaProducer<String, byte[]> producer = Produce.producer(
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + topic))) {
            producer.initTransactions();
            producer.beginTransaction();
            Produce.send(producer, topic, later);
            producer.commitTransaction();
        }
        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(later.size());
        }
        List<String> expected = new ArrayList<>(committedIds);
        expected.addAll(later);
        assertExactlyOnce(expected, Articles.storedIds(out, topic));
    }

    @Test
    void shouldKeepGoingPastBadValuesAndKeepThemInTheRejectedFiles() throws Exception {
        String topic = SharedBroker.newTopic("bad-values", 1);
        byte[] garbage = {(byte) 0xFF, 0x00, 'g', 'a', 'r', 'b', 'a', 'g', 'e', '\n'};
        byte[] pretty = Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(Articles.article("pretty"));
        List<ProducerRecord<String, byte[]>> records = List.of(
                good(topic, "g-0"),
                new ProducerRecord<>(topic, 0, "bad-garbage", garbage),
                good(topic, "g-1"),
                new ProducerRecord<>(topic, 0, "bad-tombstone", null),
                new ProducerRecord<>(topic, 0, "bad-array", "[1,2]".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(topic, 0, "pretty", pretty),
                new ProducerRecord<>(topic, 0, "bad-no-id", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                good(topic, "g-2"));
        List<RecordMetadata> sent = Produce.records(records);

        try (RunningSink sink = start(topic)) {
            sink.await("all records handled", Duration.ofSeconds(30),
                    () -> sink.service.recordsWritten() == 4 && sink.service.recordsRejected() == 4);
            Produce.articles(topic, List.of("g-3"));
            sink.awaitWritten(5);
        }

        assertExactlyOnce(List.of("g-0", "g-1", "g-2", "g-3", "pretty"), Articles.storedIds(out, topic));
        Map<Long, JsonNode> rejected = rejectedByOffset(topic);
        Set<Long> badOffsets = Set.of(sent.get(1).offset(), sent.get(3).offset(), sent.get(4).offset(), sent.get(6).offset());
        assertEquals(badOffsets, rejected.keySet());
        JsonNode garbageLine = rejected.get(sent.get(1).offset());
        assertEquals("deserialization", garbageLine.get("reason").asText());
        assertEquals("bad-garbage", garbageLine.get("key").asText());
        assertTrue(java.util.Arrays.equals(garbage, Base64.getDecoder().decode(garbageLine.get("valueBase64").asText())));
        assertTrue(rejected.get(sent.get(3).offset()).get("valueBase64").isNull(), "a tombstone has no value");
    }

    @Test
    void shouldNotStoreARejectedRecordTwiceWhenItsArticlesFileWasNeverCommitted() throws Exception {
        String topic = SharedBroker.newTopic("half-commit", 1);
        Produce.records(List.of(good(topic, "h-0"),
                new ProducerRecord<>(topic, 0, "bad", "nope".getBytes(StandardCharsets.UTF_8)),
                good(topic, "h-1")));
        try (RunningSink sink = start(topic, "--max-file-age", "1m")) {
            sink.await("one segment", Duration.ofSeconds(30), () -> sink.service.recordsRejected() == 0
                    && FileStore.temporaryFiles(out, topic).size() == 2);
        }
        // A kill between the two renames of a segment: the rejected file is committed, the articles file is not.
        List<StoredFile> articles = FileStore.committed(out, topic);
        assertEquals(1, articles.size());
        Files.delete(articles.get(0).path());

        try (RunningSink sink = start(topic)) {
            sink.awaitWritten(2);
            RunningSink.sleep(300);
            assertEquals(0, sink.service.recordsRejected(), "the bad record was stored already");
        }
        assertExactlyOnce(List.of("h-0", "h-1"), Articles.storedIds(out, topic));
        assertEquals(1, rejectedByOffset(topic).size());
        assertEquals(1, FileStore.rejected(out, topic).size());
    }

    private RunningSink start(String topic, String... extra) {
        List<String> args = new ArrayList<>(List.of("--topic", topic, "--group-id", "group-" + topic,
                "--out", out.toString(), "--max-file-age", "300ms"));
        args.addAll(List.of(extra));
        return RunningSink.start(args.toArray(String[]::new));
    }

    private static ProducerRecord<String, byte[]> good(String topic, String id) {
        return new ProducerRecord<>(topic, 0, id, Articles.json(Articles.article(id)));
    }

    private Map<Long, JsonNode> rejectedByOffset(String topic) throws Exception {
        Map<Long, JsonNode> byOffset = new HashMap<>();
        try (Stream<String> lines = FileStore.lines(FileStore.rejected(out, topic).stream().map(StoredFile::path).toList())) {
            for (String line : lines.toList()) {
                JsonNode node = Json.MAPPER.readTree(line);
                JsonNode previous = byOffset.put(node.get("offset").asLong(), node);
                assertEquals(null, previous, "offset " + node.get("offset") + " rejected twice");
            }
        }
        return byOffset;
    }

    /** No offset of a partition is in two files: the ranges of its articles and rejected files do not overlap. */
    private void assertOffsetsStoredOnce(String topic) {
        List<StoredFile> all = new ArrayList<>(FileStore.committed(out, topic));
        all.addAll(FileStore.rejected(out, topic));
        Map<Integer, List<StoredFile>> byPartition = all.stream().collect(Collectors.groupingBy(StoredFile::partition));
        byPartition.forEach((p, files) -> {
            for (int i = 0; i < files.size(); i++) {
                for (int j = i + 1; j < files.size(); j++) {
                    StoredFile a = files.get(i);
                    StoredFile b = files.get(j);
                    if (a.path().getParent().equals(b.path().getParent())) {
                        assertTrue(!a.overlaps(b.firstOffset(), b.lastOffset()), a.path() + " overlaps " + b.path());
                    }
                }
            }
        });
    }

    static void assertExactlyOnce(List<String> expected, List<String> stored) {
        Map<String, Long> counts = stored.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<String> twice = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of(), twice, "stored more than once");
        assertEquals(expected.stream().sorted().toList(), stored.stream().sorted().toList());
    }
}
