package io.newsflow.app;

import io.newsflow.broker.LocalKafkaBroker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: ingest → enrich → sink on a real (in-JVM KRaft) broker. */
class PipelineIT {

    @TempDir
    Path work;

    @Test
    void shouldDeliverEverySampleExactlyOnceWithTheSeedsEntities() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            PipelineScenario.assertAcceptance(PipelineScenario.run(broker.bootstrapServers(), work));
        }
    }
}
