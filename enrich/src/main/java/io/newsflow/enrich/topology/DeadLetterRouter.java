package io.newsflow.enrich.topology;

import io.newsflow.core.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns a dead letter into the record written to {@code news.dlq}: the original key and value bytes (a value larger
 * than the producer may send is left out, and its size given in a header), and headers that say why (reason, error class and message), where from (source topic, partition, offset), who and when.
 */
final class DeadLetterRouter implements Processor<String, Routed, byte[], byte[]> {

    static final String SERVICE = "newsflow-enrich";
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private final EnrichObserver observer;
    private final Clock clock;
    private final long maxValueBytes;
    private ProcessorContext<byte[], byte[]> context;

    /** @param maxValueBytes the largest value copied; a larger one is left out (see {@link DeadLetterHeaders#VALUE_OMITTED}) */
    DeadLetterRouter(EnrichObserver observer, Clock clock, long maxValueBytes) {
        this.observer = observer;
        this.clock = clock;
        this.maxValueBytes = maxValueBytes;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Routed> record) {
        Routed routed = record.value();
        DeadLetter why = routed.deadLetter();
        SourceHeaders source = SourceHeaders.from(record.headers(), context.recordMetadata().orElseThrow());
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(SourceHeaders.TOPIC).remove(SourceHeaders.PARTITION).remove(SourceHeaders.OFFSET);
        put(headers, DeadLetterHeaders.REASON, why.reason());
        put(headers, DeadLetterHeaders.ERROR_CLASS, why.errorClass());
        String message = why.errorMessage() == null ? "" : why.errorMessage();
        put(headers, DeadLetterHeaders.ERROR_MESSAGE, message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) + "..." : message);
        put(headers, DeadLetterHeaders.SOURCE_TOPIC, source.topic());
        put(headers, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(source.partition()));
        put(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(source.offset()));
        put(headers, DeadLetterHeaders.SERVICE, SERVICE);
        put(headers, DeadLetterHeaders.TIME, clock.instant().toString());
        byte[] value = routed.originalValue();
        if (value != null && value.length > maxValueBytes) {
            // It could not be produced whole, and a cut value is of no use to a replay: the source offset finds it.
            put(headers, DeadLetterHeaders.VALUE_OMITTED, Integer.toString(value.length));
            value = null;
        }
        observer.deadLettered(why.reason());
        context.forward(new Record<>(routed.originalKey(), value, record.timestamp(), headers));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }
}
