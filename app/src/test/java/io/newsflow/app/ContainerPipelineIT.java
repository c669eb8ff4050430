package io.newsflow.app;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same acceptance run on Apache Kafka in a container, where Docker exists; skipped cleanly elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @TempDir
    Path work;

    @Test
    void shouldDeliverEverySampleExactlyOnceOnAContainerBroker() throws Exception {
        PipelineScenario.assertAcceptance(PipelineScenario.run(KAFKA.getBootstrapServers(), work));
    }
}
