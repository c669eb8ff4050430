package io.newsflow.admin;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** Reads a consumer's lag from the metrics it keeps for each assigned partition. */
final class ConsumerLag {

    static final String GROUP = "consumer-fetch-manager-metrics";
    static final String RECORDS_LAG = "records-lag";

    private ConsumerLag() {
    }

    /**
     * The sum of {@code records-lag} over the partitions of every consumer in {@code metrics} (one consumer's, or
     * a Streams instance's, which holds those of its threads' consumers). A Streams restore consumer's lag is
     * left out: it is the state still to be restored, not input waiting. Partitions not fetched yet count as 0.
     * Kafka 4 keeps the lag of a partition of a topic with periods in its name (news.raw) twice: tagged with the
     * name and, deprecated, with the periods replaced by underscores; each partition is counted once.
     */
    static double total(Map<MetricName, ? extends Metric> metrics) {
        Map<String, Double> byPartition = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName name = e.getKey();
            if (!name.name().equals(RECORDS_LAG) || !name.group().equals(GROUP)
                    || !name.tags().containsKey("partition")) {
                continue;
            }
            String clientId = name.tags().getOrDefault("client-id", "");
            if (clientId.endsWith("restore-consumer")) {
                continue;
            }
            if (e.getValue().metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                String topic = name.tags().getOrDefault("topic", "").replace('.', '_');
                byPartition.merge(clientId + ' ' + topic + ' ' + name.tags().get("partition"), n.doubleValue(),
                        Math::max);
            }
        }
        return byPartition.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
