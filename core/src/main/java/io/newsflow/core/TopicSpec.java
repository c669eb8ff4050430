package io.newsflow.core;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How the topics a command creates are laid out: partitions, replication factor and {@code min.insync.replicas}.
 * The two durability settings are declared here once, for every command that creates topics (Newsflow's own
 * topics, or Kafka Streams' internal ones). -1 leaves a value to the brokers' defaults.
 */
public record TopicSpec(int partitions, int replicationFactor, int minInsyncReplicas) {

    public static final Setting<Integer> REPLICATION_FACTOR = Setting.integer("replication-factor", -1, -1, Short.MAX_VALUE,
            "Replication factor of the topics it creates; -1 for the brokers' default.replication.factor. Use 3 on a"
                    + " cluster of three or more brokers.").validatedBy(TopicSpec::notZero);
    public static final Setting<Integer> MIN_INSYNC_REPLICAS = Setting.integer("min-insync-replicas", -1, -1, Short.MAX_VALUE,
            "min.insync.replicas of the topics it creates (writes with acks=all need that many replicas in sync); -1 for"
                    + " the brokers' default. Use 2 with replication factor 3.").validatedBy(TopicSpec::notZero);

    public TopicSpec {
        if (partitions == 0 || partitions < -1) {
            throw new IllegalArgumentException("partitions must be positive or -1, not " + partitions);
        }
        if (replicationFactor == 0 || replicationFactor < -1 || minInsyncReplicas == 0 || minInsyncReplicas < -1) {
            throw new IllegalArgumentException("replication factor and min.insync.replicas must be positive or -1");
        }
        if (replicationFactor > 0 && minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min.insync.replicas " + minInsyncReplicas
                    + " is more than the replication factor " + replicationFactor + ": no write with acks=all could succeed");
        }
    }

    /** The durability settings of a command that declares {@link #REPLICATION_FACTOR} and {@link #MIN_INSYNC_REPLICAS}. */
    public static TopicSpec of(Settings settings, int partitions) {
        int rf = settings.get(REPLICATION_FACTOR);
        int minIsr = settings.get(MIN_INSYNC_REPLICAS);
        if (rf > 0 && minIsr > rf) {
            throw new io.newsflow.core.config.SettingsException(MIN_INSYNC_REPLICAS.name(), "'" + minIsr
                    + "' is more than --" + REPLICATION_FACTOR.name() + " " + rf + ": no write with acks=all could succeed");
        }
        return new TopicSpec(partitions, rf, minIsr);
    }

    /** The topic to create; unset values are left to the brokers. */
    public NewTopic newTopic(String name) {
        NewTopic topic = new NewTopic(name,
                partitions > 0 ? Optional.of(partitions) : Optional.empty(),
                replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty());
        return minInsyncReplicas > 0
                ? topic.configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas)))
                : topic;
    }

    /**
     * The same for Kafka Streams' internal topics (repartition and changelog): {@code replication.factor} and
     * {@code topic.min.insync.replicas}, added to {@code props} unless they are set there already.
     */
    public static void applyToStreams(Settings settings, java.util.Properties props) {
        TopicSpec spec = of(settings, -1);
        if (spec.replicationFactor > 0) {
            props.putIfAbsent("replication.factor", Integer.toString(spec.replicationFactor));
        }
        if (spec.minInsyncReplicas > 0) {
            props.putIfAbsent("topic." + TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(spec.minInsyncReplicas));
        }
    }

    private static String notZero(int value) {
        return value == 0 ? "must be -1 (the brokers' default) or at least 1" : null;
    }
}
