package io.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Where a record first entered the topology. Written as headers at the source so that a record that fails after a
 * repartition is still dead-lettered with its original topic, partition and offset.
 */
record SourceHeaders(String topic, int partition, long offset) {
    static final String TOPIC = "newsflow.source.topic";
    static final String PARTITION = "newsflow.source.partition";
    static final String OFFSET = "newsflow.source.offset";

    static SourceHeaders of(RecordMetadata metadata) {
        return new SourceHeaders(metadata.topic(), metadata.partition(), metadata.offset());
    }

    /** The headers written at the source if there are any, else the current record's own coordinates. */
    static SourceHeaders from(Headers headers, RecordMetadata current) {
        String topic = last(headers, TOPIC);
        String partition = last(headers, PARTITION);
        String offset = last(headers, OFFSET);
        if (topic != null && partition != null && offset != null) {
            try {
                return new SourceHeaders(topic, Integer.parseInt(partition), Long.parseLong(offset));
            } catch (NumberFormatException ignored) {
                // a producer's own header of that name: fall back to what we know
            }
        }
        return of(current);
    }

    void writeTo(Headers headers) {
        headers.remove(TOPIC).remove(PARTITION).remove(OFFSET);
        headers.add(TOPIC, bytes(topic)).add(PARTITION, bytes(Integer.toString(partition))).add(OFFSET, bytes(Long.toString(offset)));
    }

    static String last(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
