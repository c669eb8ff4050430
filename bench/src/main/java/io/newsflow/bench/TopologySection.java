package io.newsflow.bench;

import io.newsflow.core.Topics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.topology.EnrichObserver;
import io.newsflow.enrich.topology.EnrichTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Section 2: the enrich topology (parse, validate, dedupe by id and by content in RocksDB stores, enrich, JSON out)
 * under TopologyTestDriver: one thread, no broker. Each pass sends fresh copies, since the topology drops what it
 * has seen.
 */
final class TopologySection implements Section {

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "Enrich topology under TopologyTestDriver (one thread, no broker)";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Workload workload = ctx.workload();
        Path stateDir = Files.createDirectories(ctx.scratch().resolve("topology-state"));
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, EnrichTopology.Config.defaults(), BenchContext.standardEnricher(),
                EnrichObserver.NONE, Clock.systemUTC());
        Properties props = EnrichTopology.streamsConfig("unused:9092", "newsflow-bench-topology", 1, stateDir.toString(),
                new Properties());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW, new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, byte[]> enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(), new ByteArrayDeserializer());
            TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());

            ctx.say("warming up the topology");
            int pass = 0;
            long warmEnd = System.nanoTime() + ctx.budget().warmup().toNanos();
            do {
                runPass(raw, enriched, batch(workload, pass++));
            } while (System.nanoTime() < warmEnd);

            ctx.say("timing the topology");
            System.gc();
            long articles = 0;
            long out = 0;
            long nanos = 0;
            do {
                List<KeyValue<String, byte[]>> records = batch(workload, pass++);
                long start = System.nanoTime();
                out += runPass(raw, enriched, records);
                nanos += System.nanoTime() - start;
                articles += records.size();
            } while (nanos < ctx.budget().measure().toNanos());
            long dead = dlq.getQueueSize();
            Throughput t = new Throughput(articles, 0, nanos / 1e9);
            ctx.results().add(2, "topology.articles_per_s", "enrich topology, TopologyTestDriver, 1 thread", t.articlesPerSecond(), "articles/s");
            ctx.results().get(BenchContext.ENRICHER_RATE).ifPresent(alone -> ctx.results().add(2, "topology.vs_enricher.ratio",
                    "topology / Enricher alone (articles/s)", t.articlesPerSecond() / alone, "x"));
            ctx.results().note(2, "TopologyTestDriver commits after every record, and each commit flushes both RocksDB dedupe "
                    + "stores and fsyncs their checkpoint files; the service commits every 100 ms. Section 5 has the service's rate.");
            if (out != articles || dead > 0) {
                ctx.results().note(2, "expected " + articles + " enriched articles, got " + out + " and " + dead + " dead letters");
            }
        }
    }

    /** Pipes one batch through and drains the output; returns the articles that came out. */
    private static long runPass(TestInputTopic<String, byte[]> raw, TestOutputTopic<String, byte[]> enriched,
                                List<KeyValue<String, byte[]>> records) {
        raw.pipeKeyValueList(records);
        return enriched.readKeyValuesToList().size();
    }

    /** One pass of distinct copies, serialized before the clock starts. */
    private static List<KeyValue<String, byte[]>> batch(Workload workload, int pass) {
        String now = Instant.now().toString();
        List<KeyValue<String, byte[]>> records = new ArrayList<>();
        int n = pass * workload.size();
        for (Workload.Article a : workload.articles()) {
            RawArticle copy = Workload.copy(a.raw(), "topology", n++).withIngestedAt(now);
            records.add(KeyValue.pair(copy.id(), Serdes.RAW.toBytes(copy)));
        }
        return records;
    }
}
