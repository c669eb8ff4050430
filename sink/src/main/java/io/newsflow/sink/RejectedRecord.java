package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A line of a rejected-records file: where the record was, why it was not stored, and its exact bytes (Base64, as
 * they need not be text), so that it can be inspected and replayed.
 * <pre>{"topic":"news.enriched","partition":0,"offset":17,"timestamp":1736500000000,"key":"4f1c...",
 *  "reason":"deserialization","detail":"not valid JSON: ...","valueBase64":"Z2FyYmFnZQ=="}</pre>
 * A tombstone has {@code "valueBase64":null}.
 */
final class RejectedRecord {

    private RejectedRecord() {
    }

    static byte[] line(ConsumerRecord<byte[], byte[]> record, ArticleLine.Rejection rejection) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.put("timestamp", record.timestamp());
        node.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        node.put("reason", rejection.reason());
        node.put("detail", rejection.detail());
        node.put("valueBase64", record.value() == null ? null : Base64.getEncoder().encodeToString(record.value()));
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serializes", e);
        }
    }
}
