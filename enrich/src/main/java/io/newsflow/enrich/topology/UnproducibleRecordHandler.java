package io.newsflow.enrich.topology;

import io.newsflow.core.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last guard against a poison pill on the way out. The topology checks every enriched record against
 * {@code --max-record-bytes} and dead-letters a larger one in the same transaction, so this handler only sees a
 * record that the broker refuses for itself: a topic whose {@code max.message.bytes} is below that setting, or a
 * record the broker calls invalid. Failing would stop the stream thread, and every restart would fail on the same
 * record; so such a record is skipped and logged at ERROR with its topic, key fingerprint and size. Any other error
 * (authorization, a lost broker) still fails, as retrying cannot help a bad record but stopping helps a bad setup.
 */
public final class UnproducibleRecordHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnproducibleRecordHandler.class);

    @Override
    public ProductionExceptionHandlerResponse handle(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                                     Exception exception) {
        if (exception instanceof RecordTooLargeException || exception instanceof InvalidRecordException) {
            String key = record.key() == null ? "(null)" : ArticleIds.fingerprint(new String(record.key(), StandardCharsets.UTF_8));
            LOG.error("event=record_not_produced topic={} key_fingerprint={} value_bytes={} error=\"{}\" source={}-{}@{}",
                    record.topic(), key, record.value() == null ? 0 : record.value().length, exception.getClass().getSimpleName(),
                    context.topic(), context.partition(), context.offset());
            return ProductionExceptionHandlerResponse.CONTINUE;
        }
        return ProductionExceptionHandlerResponse.FAIL;
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
