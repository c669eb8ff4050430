package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.schema.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SIGTERM a service finishes or abandons its in-flight work cleanly and exits within a bounded time;
 * after a restart, nothing is lost and nothing doubled.
 */
class GracefulShutdownIT {

    /** SIGTERM at a third of the way, asserted to leave work for the restart: 100 articles in, 200 to go. */
    static final int ARTICLES = 300;

    @TempDir
    Path work;

    @Test
    void shouldLoseNothingWhenEnrichAndSinkAreStoppedWithSigterm() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            broker.createTopics(Map.of(Topics.RAW, 3, Topics.ENRICHED, 3, Topics.DLQ, 1));
            List<RawArticle> articles = Articles.generate(ARTICLES, "sigterm");
            Articles.publish(broker.bootstrapServers(), Topics.RAW, articles);
            Path out = work.resolve("out");
            String[] common = {"--bootstrap-servers", broker.bootstrapServers(), "--kafka.session.timeout.ms", "6000"};
            try (ServiceProcess enrich = new ServiceProcess(work.resolve("enrich.log"), "enrich",
                    CrashRecoveryIT.concat(common, new String[] {"--state-dir", work.resolve("state").toString(), "--shutdown-timeout", "20s"}));
                 ServiceProcess sink = new ServiceProcess(work.resolve("sink.log"), "sink",
                    CrashRecoveryIT.concat(common, new String[] {"--out", out.toString(), "--max-file-age", "1s"}))) {
                enrich.start();
                sink.start();
                try (Admin admin = broker.admin()) {
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                    while (CrashRecoveryIT.committedRecords(admin, Topics.ENRICHED) < ARTICLES / 3 && System.nanoTime() < deadline) {
                        assertTrue(enrich.isAlive(), enrich::log);
                        Thread.sleep(100);
                    }
                }
                long t0 = System.nanoTime();
                assertTrue(enrich.terminate(40), "enrich exits within 40 s of SIGTERM\n" + enrich.log());
                assertTrue(sink.terminate(40), "sink exits within 40 s of SIGTERM\n" + sink.log());
                long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertTrue(enrich.log().contains("event=streams_closed clean=true"), "enrich closed its streams cleanly\n" + enrich.log());
                assertTrue(tookMs < 80_000, "both stopped in " + tookMs + " ms");
                long committed = Articles.committedCount(broker.bootstrapServers(), Topics.ENRICHED);
                assertTrue(committed < ARTICLES, "SIGTERM came mid-stream, not after all " + ARTICLES + " articles (" + committed + ")");

                enrich.start();
                sink.start();
                Map<String, Integer> keys = Articles.committedKeys(broker.bootstrapServers(), Topics.ENRICHED, ARTICLES, Duration.ofMinutes(3));
                CrashRecoveryIT.assertExactlyOnce(articles, keys, "news.enriched", enrich);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (EnrichedFiles.countLines(out) < ARTICLES && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                Thread.sleep(2_000);
                CrashRecoveryIT.assertExactlyOnce(articles, CrashRecoveryIT.idsInFiles(out), "the sink's files", sink);
                assertEquals(2, enrich.starts());
            }
        }
    }
}
