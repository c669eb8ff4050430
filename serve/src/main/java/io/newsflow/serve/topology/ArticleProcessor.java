package io.newsflow.serve.topology;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.CountryCount;
import io.newsflow.serve.query.ArticleSummary;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the latest version of each article (an older version never replaces a newer one) and its time, and emits the
 * deltas that move the entity views and tallies from the replaced version to the new one: the old version's
 * contributions are taken back, the new one's added, so an updated article corrects every count it touched.
 */
final class ArticleProcessor implements Processor<String, EnrichedArticle, String, Delta> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);

    private ProcessorContext<String, Delta> context;
    private KeyValueStore<String, EnrichedArticle> articles;
    private KeyValueStore<String, Long> times;
    private KeyValueStore<String, String> byTime;
    private KeyValueStore<String, ArticleSummary> summaries;

    @Override
    public void init(ProcessorContext<String, Delta> context) {
        this.context = context;
        this.articles = context.getStateStore(ServeTopology.ARTICLES);
        this.times = context.getStateStore(ServeTopology.ARTICLE_TIMES);
        this.byTime = context.getStateStore(ServeTopology.ARTICLES_BY_TIME);
        this.summaries = context.getStateStore(ServeTopology.ARTICLE_SUMMARIES);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String id = record.key() != null ? record.key() : article == null ? null : article.id();
        if (article == null || id == null || id.isBlank()) {
            LOG.warn("event=record_skipped reason=\"{}\" key={}", article == null ? "no value" : "no id", id);
            return;
        }
        EnrichedArticle old = articles.get(id);
        if (old != null && old.version() > article.version()) {
            LOG.debug("event=older_version_ignored id={} stored={} received={}", id, old.version(), article.version());
            return;
        }
        long time = ArticleTime.of(article, record.timestamp());
        if (old != null) {
            Long oldTime = times.get(id);
            long was = oldTime != null ? oldTime : time;
            byTime.delete(Keys.join(Keys.millis(was), id));
            emit(id, old, was, -1, record);
        }
        articles.put(id, article);
        times.put(id, time);
        byTime.put(Keys.join(Keys.millis(time), id), id);
        // What a list shows of it, kept apart: a page of 20 then reads 20 small values, not 20 whole articles.
        summaries.put(id, ArticleSummary.of(article, time));
        emit(id, article, time, +1, record);
    }

    private void emit(String id, EnrichedArticle article, long time, int sign, Record<String, EnrichedArticle> cause) {
        for (Entity e : article.entities()) {
            if (e.type() == null || e.text() == null || e.text().isBlank()) {
                continue;
            }
            EntityDelta d = new EntityDelta(e.type().name(), e.text(), id, time, e.count(), sign > 0);
            context.forward(cause.withKey(Keys.entity(e.type(), e.text())).withValue(new Delta(d, null)));
        }
        String day = Keys.day(time);
        for (Figure f : article.figures()) {
            if (f.event() == null || f.value() == null) {
                continue;
            }
            TallyDelta d = new TallyDelta(day, countryOf(f, article), sign * f.value().longValue());
            context.forward(cause.withKey(f.event()).withValue(new Delta(null, d)));
        }
        for (CountryCount c : article.countries()) {
            if (c.country() == null) {
                continue;
            }
            TallyDelta d = new TallyDelta(day, c.country(), (long) sign * c.count());
            context.forward(cause.withKey(TallyDelta.COUNTRIES).withValue(new Delta(null, d)));
        }
    }

    /** The country of the place a figure happened in, when the geocoder placed that entity; else "". */
    static String countryOf(Figure figure, EnrichedArticle article) {
        if (figure.location() == null) {
            return "";
        }
        for (Entity e : article.entities()) {
            if (figure.location().equals(e.text()) && e.geo() != null && e.geo().country() != null) {
                return e.geo().country();
            }
        }
        return "";
    }
}
