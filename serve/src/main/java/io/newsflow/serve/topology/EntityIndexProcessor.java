package io.newsflow.serve.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The views of one entity, on the partition of its key: the articles that name it (newest first), its mentions per
 * hour (for trending) and per day (its timeline).
 */
final class EntityIndexProcessor implements Processor<String, EntityDelta, Void, Void> {

    private KeyValueStore<String, Postings> postings;
    private KeyValueStore<String, Long> hours;
    private KeyValueStore<String, Long> days;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        postings = context.getStateStore(ServeTopology.ENTITY_ARTICLES);
        hours = context.getStateStore(ServeTopology.ENTITY_HOURS);
        days = context.getStateStore(ServeTopology.ENTITY_DAYS);
    }

    @Override
    public void process(Record<String, EntityDelta> record) {
        String key = record.key();
        EntityDelta d = record.value();
        Postings before = postings.get(key);
        Postings after;
        if (d.added()) {
            after = (before != null ? before : new Postings(d.type(), d.text(), java.util.List.of())).with(d.article(), d.time());
        } else {
            after = before == null ? null : before.without(d.article());
        }
        if (after == null || after.articles().isEmpty()) {
            postings.delete(key);
        } else {
            postings.put(key, after);
        }
        long amount = d.added() ? d.mentions() : -d.mentions();
        add(hours, Keys.join(Keys.hour(Keys.epochHour(d.time())), key), amount);
        add(days, Keys.join(key, Keys.day(d.time())), amount);
    }

    static void add(KeyValueStore<String, Long> store, String key, long amount) {
        Long before = store.get(key);
        long after = (before == null ? 0 : before) + amount;
        if (after == 0) {
            store.delete(key);
        } else {
            store.put(key, after);
        }
    }
}
