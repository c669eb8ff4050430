package io.newsflow.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    private final Map<MetricName, Metric> metrics = new LinkedHashMap<>();

    @Test
    void shouldCountAPartitionOnceThoughKafkaReportsItUnderBothTopicSpellings() {
        lag("app-StreamThread-1-consumer", "news.raw", 0, 4);
        lag("app-StreamThread-1-consumer", "news_raw", 0, 4);
        lag("app-StreamThread-1-consumer", "news.raw", 1, 3);
        lag("app-StreamThread-1-consumer", "news_raw", 1, 3);
        assertEquals(7.0, ConsumerLag.total(metrics));
    }

    @Test
    void shouldAddUpTheConsumersAndLeaveOutRestoreConsumersAndUnknownLag() {
        lag("app-StreamThread-1-consumer", "news.raw", 0, 4);
        lag("app-StreamThread-2-consumer", "news.raw", 1, 6);
        lag("app-StreamThread-1-restore-consumer", "app-store-changelog", 0, 1000);
        lag("app-StreamThread-2-consumer", "news.raw", 2, Double.NaN);
        put(new MetricName("records-lag-max", ConsumerLag.GROUP, "", Map.of("client-id", "c")), 99);
        put(new MetricName("records-lag", ConsumerLag.GROUP, "", Map.of("client-id", "c", "topic", "news.raw")), 99);
        assertEquals(10.0, ConsumerLag.total(metrics));
    }

    @Test
    void shouldBeZeroForAConsumerWithoutPartitions() {
        assertEquals(0.0, ConsumerLag.total(metrics));
    }

    private void lag(String clientId, String topic, int partition, double value) {
        put(new MetricName(ConsumerLag.RECORDS_LAG, ConsumerLag.GROUP, "",
                Map.of("client-id", clientId, "topic", topic, "partition", Integer.toString(partition))), value);
    }

    private void put(MetricName name, double value) {
        metrics.put(name, new Metric() {
            @Override
            public MetricName metricName() {
                return name;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }
}
