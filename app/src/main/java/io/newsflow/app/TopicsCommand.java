package io.newsflow.app;

import io.newsflow.core.TopicCreator;
import io.newsflow.core.TopicSpec;
import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.BrokerConnection;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** {@code newsflow topics}: creates the Newsflow topics on any cluster, with the partitions and durability asked for. */
final class TopicsCommand {

    static final String SUMMARY = "Creates the Newsflow topics that do not exist yet on a cluster and prints how each one is laid out.";

    static final Setting<String> BOOTSTRAP = CommonSettings.BOOTSTRAP_SERVERS;
    static final Setting<String> TOPICS = Setting.string("topics", String.join(",", Topics.RAW, Topics.ENRICHED, Topics.DLQ),
            "Comma-separated topics to create; add the sink topic (news.enriched.sink) when the sink runs in mode topic.")
            .validatedBy(v -> names(v).isEmpty() ? "must name at least one topic" : null);
    static final Setting<Integer> PARTITIONS = Setting.integer("partitions", 6, 1, 10_000,
            "Partitions of each topic: the most instances of a service that can share the work.");
    static final List<Setting<?>> SETTINGS = List.of(BOOTSTRAP, TOPICS, PARTITIONS, TopicSpec.REPLICATION_FACTOR,
            TopicSpec.MIN_INSYNC_REPLICAS, CommonSettings.CONNECT_TIMEOUT);

    private TopicsCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        Settings settings = ServiceCommands.parse("topics", SUMMARY, SETTINGS, args, out);
        if (settings == null) {
            return 0;
        }
        TopicSpec spec = TopicSpec.of(settings, settings.get(PARTITIONS));
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        names(settings.get(TOPICS)).forEach(name -> specs.put(name, spec));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get(BOOTSTRAP));
        props.putAll(settings.kafkaOverrides());
        BrokerConnection.await(props, settings.get(CommonSettings.CONNECT_TIMEOUT), () -> false);
        int rc = 0;
        try (Admin admin = Admin.create(props)) {
            for (TopicCreator.TopicState t : TopicCreator.createMissing(admin, specs)) {
                out.printf("%s: %s, %d partitions, replication factor %d, min.insync.replicas %s%n", t.name(),
                        t.created() ? "created" : "exists", t.partitions(), t.replicationFactor(), t.minInsyncReplicas());
                if (!t.created() && spec.replicationFactor() > 0 && t.replicationFactor() < spec.replicationFactor()) {
                    out.printf("  warning: %s has fewer replicas than --%s %d; it is left as it is (kafka-reassign-partitions.sh"
                            + " changes it)%n", t.name(), TopicSpec.REPLICATION_FACTOR.name(), spec.replicationFactor());
                    rc = 3;
                }
            }
        }
        return rc;
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
