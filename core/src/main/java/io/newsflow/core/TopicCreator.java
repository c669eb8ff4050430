package io.newsflow.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics that do not exist yet, on any cluster, and says how every one of them is laid out. */
public final class TopicCreator {

    /** A topic as the cluster has it after {@link #createMissing}; {@code created} is false for one that existed. */
    public record TopicState(String name, boolean created, int partitions, int replicationFactor, String minInsyncReplicas) {
    }

    private static final long TIMEOUT_SECONDS = 30;

    private TopicCreator() {
    }

    /**
     * Creates the missing topics, each with its spec, and waits until every partition of every named topic has a
     * leader that answers: creation returns before the partition logs exist, and an idempotent producer writing at
     * once could see its first batch refused after a later one. Existing topics are left as they are.
     */
    public static List<TopicState> createMissing(Admin admin, Map<String, TopicSpec> specs) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            specs.forEach((name, spec) -> {
                if (!existing.contains(name)) {
                    missing.add(spec.newTopic(name));
                }
            });
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().forEach((name, future) -> {
                    try {
                        future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) { // created meanwhile by another instance
                            throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot create topic " + name + ": " + e, e);
                    }
                });
            }
            awaitPartitionsReady(admin, specs.keySet());
            return describe(admin, specs.keySet(), missing.stream().map(NewTopic::name).toList());
        } catch (IllegalStateException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + specs.keySet(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + specs.keySet() + ": " + e, e);
        }
    }

    private static List<TopicState> describe(Admin admin, Collection<String> names, Collection<String> created) throws Exception {
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, TopicState> states = new LinkedHashMap<>();
        for (String name : names) {
            TopicDescription d = descriptions.get(name);
            var entry = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name)).get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
            states.put(name, new TopicState(name, created.contains(name), d.partitions().size(),
                    d.partitions().get(0).replicas().size(), entry == null ? "?" : entry.value()));
        }
        return List.copyOf(states.values());
    }

    private static void awaitPartitionsReady(Admin admin, Collection<String> topics) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
                admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, d) -> d.partitions()
                        .forEach(p -> specs.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
                admin.listOffsets(specs).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
