package io.newsflow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicSpecTest {

    private static final List<Setting<?>> DECLARED = List.of(TopicSpec.REPLICATION_FACTOR, TopicSpec.MIN_INSYNC_REPLICAS);

    private static Settings settings(String... args) {
        return Settings.parse(DECLARED, args, Map.of());
    }

    @Test
    void shouldAskForThreeReplicasAndTwoInSyncWhenToldSo() {
        NewTopic topic = TopicSpec.of(settings("--replication-factor", "3", "--min-insync-replicas", "2"), 6).newTopic("news.raw");
        assertEquals(6, topic.numPartitions());
        assertEquals(3, topic.replicationFactor());
        assertEquals(Map.of("min.insync.replicas", "2"), topic.configs());
    }

    @Test
    void shouldLeaveReplicationToTheBrokersByDefault() {
        NewTopic topic = TopicSpec.of(settings(), 3).newTopic("news.raw");
        assertEquals(Optional.empty(), Optional.ofNullable(topic.configs()).filter(c -> !c.isEmpty()));
        assertEquals(-1, topic.replicationFactor());
    }

    @Test
    void shouldRefuseMoreInSyncReplicasThanReplicasNamingTheOption() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> TopicSpec.of(settings("--replication-factor", "2", "--min-insync-replicas", "3"), 1));
        assertTrue(e.getMessage().contains("--min-insync-replicas"), e.getMessage());
    }

    @Test
    void shouldRefuseAReplicationFactorOfZero() {
        SettingsException e = assertThrows(SettingsException.class, () -> settings("--replication-factor", "0"));
        assertTrue(e.getMessage().contains("--replication-factor"), e.getMessage());
    }

    @Test
    void shouldGiveKafkaStreamsInternalTopicsTheSameDurabilityUnlessAKafkaPropertySaysOtherwise() {
        Properties props = new Properties();
        props.put("replication.factor", "5");
        TopicSpec.applyToStreams(settings("--replication-factor", "3", "--min-insync-replicas", "2"), props);
        assertEquals("5", props.get("replication.factor"));
        assertEquals("2", props.get("topic.min.insync.replicas"));
        Properties defaults = new Properties();
        TopicSpec.applyToStreams(settings(), defaults);
        assertFalse(defaults.containsKey("replication.factor"));
    }
}
