package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.config.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker goes away for about 20 s while ingest is publishing, and comes back. Every article
 * must arrive exactly once: none dropped while the broker was down, none duplicated by the producer's retries of
 * requests the broker may have written before it went.
 */
class BrokerOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerOutageIT.class);
    private static final int ARTICLES = 300;
    private static final long OUTAGE_MS = 20_000;

    @TempDir
    Path dir;

    @Test
    void shouldDeliverEveryArticleExactlyOnceAcrossABrokerOutage() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir.resolve("broker"), 0)) {
            broker.createTopics(Map.of("news.raw", 3));
            PipedOutputStream writer = new PipedOutputStream();
            PipedInputStream stdin = new PipedInputStream(writer, 1 << 20);
            String[] args = {"-", "--bootstrap-servers", broker.bootstrapServers(), "--progress-interval", "5s"};
            IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, args, Map.of()), stdin);
            CompletableFuture<IngestReport> run = CompletableFuture.supplyAsync(ingest::run, threads);

            // Articles arrive steadily for the whole test, so that some are in flight as the broker stops.
            long started = System.nanoTime();
            CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> write(writer, 0, ARTICLES, 70), threads);
            awaitPublished(ingest, 60);
            long stopAt = System.nanoTime();
            broker.stop();
            long readAtStop = ingest.progress().read();
            long publishedAtStop = ingest.progress().published();
            LOG.info("event=outage_begins read={} published={} stop_ms={}", readAtStop, publishedAtStop,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopAt));
            Thread.sleep(Math.max(0, OUTAGE_MS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopAt)));
            // Meanwhile send() waits for the topic's metadata (max.block.ms, 10 min): reading pauses, nothing fails.
            IngestReport duringOutage = ingest.progress();
            LOG.info("event=outage_checked read={} published={}", duringOutage.read(), duringOutage.published());
            assertEquals(0, duringOutage.failed(), "nothing given up while the broker was down");
            assertTrue(!run.isDone(), "ingest did not exit while the broker was down");
            broker.restart();
            LOG.info("event=outage_ends seconds={}", (System.nanoTime() - started) / 1_000_000_000);

            feed.get(120, TimeUnit.SECONDS);
            IngestReport report = run.get(120, TimeUnit.SECONDS);
            ingest.close();

            assertEquals(new IngestReport(ARTICLES, ARTICLES, 0, List.of()), report);
            List<ConsumerRecord<byte[], byte[]>> records = TopicContents.readAll(broker.bootstrapServers(), "news.raw");
            Set<String> keys = records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
            assertEquals(ARTICLES, keys.size(), "every article arrived");
            assertEquals(ARTICLES, records.size(), "and none twice");
        } finally {
            threads.shutdownNow();
        }
    }

    /** Writes articles [from, to) as JSON Lines, one every {@code pauseMs}, then closes the stream. */
    private static void write(OutputStream out, int from, int to, long pauseMs) {
        try (out) {
            String body = "Paragraph of the outage test article. ".repeat(40);
            for (int i = from; i < to; i++) {
                out.write(("{\"title\":\"Outage article " + i + "\",\"body\":\"" + body + i + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(pauseMs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitPublished(IngestService ingest, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ingest.progress().published() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + n + " published in 60 s: " + ingest.progress());
            }
            Thread.sleep(20);
        }
    }
}
