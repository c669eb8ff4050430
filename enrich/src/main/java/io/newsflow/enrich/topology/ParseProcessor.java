package io.newsflow.enrich.topology;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Reads the raw bytes of {@code news.raw}: a record that is not a valid article becomes a dead letter that keeps its
 * original key and value bytes; a valid one is keyed by the hash of its normalized text, the first grouping of the
 * topology. Parsing here rather than in a serde means that a bad
 * record never reaches Streams' deserialization handler, and its bytes are at hand for the DLQ.
 */
final class ParseProcessor implements Processor<byte[], byte[], String, Routed> {

    private final ArticleValidator validator;
    private final EnrichObserver observer;
    private ProcessorContext<String, Routed> context;

    ParseProcessor(ArticleValidator validator, EnrichObserver observer) {
        this.validator = validator;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        observer.articleIn();
        SourceHeaders source = context.recordMetadata().map(SourceHeaders::of).orElse(null);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        if (source != null) {
            source.writeTo(headers);
        }
        Routed routed = route(record.key(), record.value());
        String key = routed.isDead() ? null : ArticleIds.contentHash(routed.raw().title(), routed.raw().body());
        context.forward(new Record<>(key, routed, record.timestamp(), headers));
    }

    Routed route(byte[] key, byte[] value) {
        if (value == null) {
            return Routed.dead(DeadLetter.invalid("null-value", "the record has no value (a tombstone?)"), key, null);
        }
        RawArticle article;
        try {
            article = read(key, value);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Routed.dead(new DeadLetter(DeadLetter.DESERIALIZATION, cause.getClass().getName(), e.getMessage()), key, value);
        }
        if (article == null) {
            return Routed.dead(DeadLetter.invalid("null-article", "the value is JSON null"), key, value);
        }
        DeadLetter problem = validator.check(article);
        if (problem != null) {
            return Routed.dead(problem, key, value);
        }
        return Routed.raw(article, key, value);
    }

    /** The article in a record's value; a producer that keys by id but leaves the field out has the key as its id. */
    static RawArticle read(byte[] key, byte[] value) {
        RawArticle article = Serdes.RAW.fromBytes(value);
        if (article != null && (article.id() == null || article.id().isBlank()) && key != null && key.length > 0) {
            article = article.withId(new String(key, StandardCharsets.UTF_8));
        }
        return article;
    }
}
