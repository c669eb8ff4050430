package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.SettingsException;
import io.newsflow.enrich.topology.EnrichTopology;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RecordLimitTest {

    @Test
    void shouldAcceptTheDefaultRecordLimitWithTheProducersDefaultRequestSize() {
        assertDoesNotThrow(() -> EnrichService.checkRecordLimit(new Properties(), EnrichTopology.Config.DEFAULT_MAX_RECORD_BYTES));
    }

    @Test
    void shouldRefuseToStartWhenTheProducerWouldRefuseRecordsTheTopologyLetsThrough() {
        Properties p = new Properties();
        p.put("producer.max.request.size", "20000");
        SettingsException e = assertThrows(SettingsException.class,
                () -> EnrichService.checkRecordLimit(p, EnrichTopology.Config.DEFAULT_MAX_RECORD_BYTES));
        assertTrue(e.getMessage().contains("max-record-bytes"), e.getMessage());
        p.put("producer.max.request.size", Integer.toString(4 * 1024 * 1024));
        assertDoesNotThrow(() -> EnrichService.checkRecordLimit(p, 2 * 1024 * 1024));
    }
}
