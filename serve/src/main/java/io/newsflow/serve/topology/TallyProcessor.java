package io.newsflow.serve.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Sums by group (an event, or the country mentions) x day x country, on the partition of the group. */
final class TallyProcessor implements Processor<String, TallyDelta, Void, Void> {

    private KeyValueStore<String, Long> tallies;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        tallies = context.getStateStore(ServeTopology.TALLIES);
    }

    @Override
    public void process(Record<String, TallyDelta> record) {
        TallyDelta d = record.value();
        EntityIndexProcessor.add(tallies, Keys.join(record.key(), d.day(), d.country()), d.amount());
    }
}
