package io.newsflow.serve.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The views of one entity, on the partition of its key: the articles that name it (one index entry per article,
 * newest first, so that adding one costs the same however many name it, and a page reads only its own entries), its
 * name and number of articles, its mentions per hour (for trending) and per day (its timeline).
 */
final class EntityIndexProcessor implements Processor<String, EntityDelta, Void, Void> {

    private KeyValueStore<String, Long> index;
    private KeyValueStore<String, EntityName> names;
    private KeyValueStore<String, Long> hours;
    private KeyValueStore<String, Long> days;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        index = context.getStateStore(ServeTopology.ENTITY_INDEX);
        names = context.getStateStore(ServeTopology.ENTITY_NAMES);
        hours = context.getStateStore(ServeTopology.ENTITY_HOURS);
        days = context.getStateStore(ServeTopology.ENTITY_DAYS);
    }

    @Override
    public void process(Record<String, EntityDelta> record) {
        String key = record.key();
        EntityDelta d = record.value();
        String entry = Keys.posting(key, d.time(), d.article());
        // An article that writes one name in two casings sends two deltas for one key: it is counted once.
        boolean present = index.get(entry) != null;
        EntityName name = names.get(key);
        if (d.added() && !present) {
            index.put(entry, d.time());
            names.put(key, name == null ? new EntityName(d.type(), d.text(), 1) : name.withArticles(name.articles() + 1));
        } else if (!d.added() && present) {
            index.delete(entry);
            int left = name == null ? 0 : name.articles() - 1;
            if (left <= 0) {
                names.delete(key);
            } else {
                names.put(key, name.withArticles(left));
            }
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
