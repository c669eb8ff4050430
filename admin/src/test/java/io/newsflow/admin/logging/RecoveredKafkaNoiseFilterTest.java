package io.newsflow.admin.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lines are Kafka's own, as a demo run and the separate services printed them. */
class RecoveredKafkaNoiseFilterTest {

    private static final String PRODUCER = "[Producer clientId=newsflow-enrich-ab45-StreamThread-1-producer, "
            + "transactionalId=newsflow-enrich-ab45-1] ";
    private static final String CONSUMER = "[Consumer clientId=newsflow-enrich-ab45-StreamThread-1-consumer, "
            + "groupId=newsflow-enrich] ";


    private CapturedLogs logs;

    @BeforeEach
    void setUp() {
        logs = new CapturedLogs(new RecoveredKafkaNoiseFilter());
    }

    private Logger logger(String name) {
        return logs.logger(name);
    }

    private List<String> logged() {
        return logs.lines();
    }

    @Test
    void shouldDropTheRetriesOfATransactionsFirstSends() {
        logger(RecoveredKafkaNoiseFilter.SENDER).warn(PRODUCER + "Got error produce response with correlation id 22 on "
                + "topic-partition newsflow-enrich-by-content-repartition-0, retrying (2147483646 attempts left). "
                + "Error: CONCURRENT_TRANSACTIONS");
        logger(RecoveredKafkaNoiseFilter.SENDER).warn(PRODUCER + "Got error produce response with correlation id 23 on "
                + "topic-partition news.enriched-0, retrying (2147483646 attempts left). Error: OUT_OF_ORDER_SEQUENCE_NUMBER");
        logger(RecoveredKafkaNoiseFilter.REPLICA_MANAGER).error("[ReplicaManager broker=1] Error processing append "
                + "operation on partition vd2FT9z1R8aqbDfhmYXjmg:newsflow-enrich-by-content-repartition-0",
                new OutOfOrderSequenceException("Invalid sequence number for producer 1 at offset 16"));

        assertEquals(List.of(), logged());
    }

    @Test
    void shouldKeepARetryThatMeansTooFewReplicas() {
        logger(RecoveredKafkaNoiseFilter.SENDER).warn(PRODUCER + "Got error produce response with correlation id 40 on "
                + "topic-partition news.enriched-1, retrying (2147483646 attempts left). Error: NOT_ENOUGH_REPLICAS");

        assertEquals(1, logged().size(), logged().toString());
    }

    @Test
    void shouldDropMissingTopicsOnlyWhenAllAreStreamsInternalOnes() {
        Logger network = logger(RecoveredKafkaNoiseFilter.NETWORK_CLIENT);
        network.warn(CONSUMER + "The metadata response from the cluster reported a recoverable issue with correlation "
                + "id 2 : {newsflow-enrich-by-content-repartition=UNKNOWN_TOPIC_OR_PARTITION, "
                + "newsflow-enrich-one-partition-repartition=UNKNOWN_TOPIC_OR_PARTITION}");
        network.warn(CONSUMER + "The metadata response from the cluster reported a recoverable issue with correlation "
                + "id 5 : {newsflow-serve-articles-changelog=LEADER_NOT_AVAILABLE}");
        network.warn(CONSUMER + "The metadata response from the cluster reported a recoverable issue with correlation "
                + "id 7 : {newsflow-enrich-by-content-repartition=UNKNOWN_TOPIC_OR_PARTITION, news.raw=UNKNOWN_TOPIC_OR_PARTITION}");

        assertEquals(List.of("WARN " + CONSUMER + "The metadata response from the cluster reported a recoverable issue "
                + "with correlation id 7 : {newsflow-enrich-by-content-repartition=UNKNOWN_TOPIC_OR_PARTITION, "
                + "news.raw=UNKNOWN_TOPIC_OR_PARTITION}"), logged());
    }

    @Test
    void shouldDropALocalBrokersStartAndStopChatter() {
        logger(RecoveredKafkaNoiseFilter.QUORUM_CONTROLLER).warn("[QuorumController id=1] Performing controller "
                + "activation. The metadata log appears to be empty. Appending 4 bootstrap record(s)");
        logger(RecoveredKafkaNoiseFilter.QUORUM_CONTROLLER).warn("[QuorumController id=1] Performing controller activation.");
        logger(RecoveredKafkaNoiseFilter.NETWORK_CLIENT).warn("[NodeToControllerChannelManager id=1 name=registration] "
                + "Attempting to close NetworkClient that has already been closed.");
        logger(RecoveredKafkaNoiseFilter.STATE_DIRECTORY).warn("stream-thread [main] Failed to delete state store "
                + "directory of /home/u/.local/state/newsflow/streams/newsflow-enrich/instance-0/newsflow-enrich for it is not empty");

        assertEquals(List.of(), logged());
    }

    @Test
    void shouldLeaveOtherErrorsAndWarningsAlone() {
        logger(RecoveredKafkaNoiseFilter.REPLICA_MANAGER).error("[ReplicaManager broker=1] Error processing append "
                + "operation on partition x:news.raw-0", new IllegalStateException("disk full"));
        logger(RecoveredKafkaNoiseFilter.REPLICA_MANAGER).error("[ReplicaManager broker=1] Error processing append "
                + "operation on partition x:news.raw-0");
        logger("org.apache.kafka.controller.EventPerformanceMonitor").error("[QuorumController id=1] Exceptionally slow "
                + "controller event handleCommit[baseOffset=0] took 2499 ms.");
        logger(RecoveredKafkaNoiseFilter.SENDER).info(PRODUCER + "Got error produce response with correlation id 22 on "
                + "topic-partition t-0, retrying (5 attempts left). Error: CONCURRENT_TRANSACTIONS");

        assertEquals(4, logged().size(), logged().toString());
    }
}
