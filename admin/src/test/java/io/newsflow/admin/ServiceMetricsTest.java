package io.newsflow.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    private final ServiceMetrics metrics = new ServiceMetrics("sink");

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void shouldTagEveryMeterWithTheService() {
        metrics.articleIn();
        String scrape = metrics.scrape();
        assertTrue(scrape.contains("newsflow_articles_in_total{service=\"sink\"} 1.0"), scrape);
        assertTrue(scrape.contains("jvm_gc_"), "GC binder");
        for (String line : scrape.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                assertTrue(line.contains("service=\"sink\""), "untagged: " + line);
            }
        }
    }

    @Test
    void shouldCountDeadLettersByReason() {
        metrics.deadLettered("deserialization");
        metrics.deadLettered("deserialization");
        metrics.deadLettered("too-large");
        metrics.deadLettered(" ");
        String scrape = metrics.scrape();
        assertEquals(2.0, sample(scrape, "newsflow_dlq_records_total{reason=\"deserialization\",service=\"sink\"}"));
        assertEquals(1.0, sample(scrape, "newsflow_dlq_records_total{reason=\"too-large\",service=\"sink\"}"));
        assertEquals(1.0, sample(scrape, "newsflow_dlq_records_total{reason=\"unknown\",service=\"sink\"}"));
    }

    @Test
    void shouldPutEnrichLatencyIntoHistogramBucketsFromAMillisecondToTenSeconds() {
        metrics.recordEnrichLatency(Duration.ofMillis(3));
        metrics.recordEnrichLatency(Duration.ofMillis(80));
        metrics.recordEnrichLatency(Duration.ofMillis(700));
        String scrape = metrics.scrape();
        String bucket = "newsflow_enrich_latency_seconds_bucket{service=\"sink\",le=\"%s\"}";
        assertEquals(0.0, sample(scrape, bucket.formatted("0.001")));
        assertEquals(1.0, sample(scrape, bucket.formatted("0.005")));
        assertEquals(2.0, sample(scrape, bucket.formatted("0.1")));
        assertEquals(3.0, sample(scrape, bucket.formatted("1.0")));
        assertEquals(3.0, sample(scrape, bucket.formatted("10.0")));
        assertEquals(3.0, sample(scrape, bucket.formatted("+Inf")));
        assertEquals(0.783, sample(scrape, "newsflow_enrich_latency_seconds_sum{service=\"sink\"}"), 1e-9);
    }

    @Test
    void shouldDistributeEntitiesAndFiguresPerArticle() {
        metrics.recordEntities(0);
        metrics.recordEntities(12);
        metrics.recordFigures(3);
        String scrape = metrics.scrape();
        assertEquals(2.0, sample(scrape, "newsflow_entities_per_article_count{service=\"sink\"}"));
        assertEquals(12.0, sample(scrape, "newsflow_entities_per_article_sum{service=\"sink\"}"));
        assertEquals(1.0, sample(scrape, "newsflow_entities_per_article_bucket{service=\"sink\",le=\"0.5\"}"));
        assertEquals(1.0, sample(scrape, "newsflow_entities_per_article_bucket{service=\"sink\",le=\"10.0\"}"));
        assertEquals(2.0, sample(scrape, "newsflow_entities_per_article_bucket{service=\"sink\",le=\"20.0\"}"));
        assertEquals(1.0, sample(scrape, "newsflow_figures_per_article_count{service=\"sink\"}"));
        assertEquals(3.0, sample(scrape, "newsflow_figures_per_article_sum{service=\"sink\"}"));
    }

    @Test
    void shouldSumTheRegisteredLagSourcesAndShowNoLagWithoutOne() {
        assertFalse(metrics.scrape().contains("newsflow_consumer_lag"), "no consumer, no lag gauge");
        AtomicLong first = new AtomicLong(5);
        metrics.registerLag(first::get);
        metrics.registerLag(() -> 7);
        metrics.registerLag(() -> null);
        metrics.registerLag(() -> Double.NaN);
        assertEquals(12.0, sample(metrics.scrape(), "newsflow_consumer_lag{service=\"sink\"}"));
        first.set(0);
        assertEquals(7.0, sample(metrics.scrape(), "newsflow_consumer_lag{service=\"sink\"}"));
    }

    /** The value of the sample with exactly this name and these labels; fails when absent. */
    static double sample(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertTrue(m.find(), () -> "no sample " + series + " in\n" + scrape);
        return Double.parseDouble(m.group(1));
    }
}
