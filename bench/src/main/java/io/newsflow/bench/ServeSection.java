package io.newsflow.bench;

import io.newsflow.core.Topics;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.serve.ServeService;
import io.newsflow.serve.topology.ServeTopology;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Section 7: the serve application. First its API: 10,000 enriched articles ({@link ServeCorpus}) are produced to
 * news.enriched on the in-JVM broker, a serve instance indexes them, and once it holds them all, one client asks
 * {@code GET /api/articles?entity=} (no type, the default page of 20) over loopback HTTP for the most and the least
 * named entities in turn, then several clients at once; latencies are the client's, request to whole answer, and
 * every answer is checked (status and count) before its time is kept. Then enrichment beside it: enrich alone on a
 * backlog, then with a serve instance reading its output live, then alone again, on one broker.
 */
final class ServeSection implements Section {

    static final int ARTICLES = 10_000;
    static final int QUICK_ARTICLES = 300;
    /** Entities of each kind asked for: the most named and the least named. */
    static final int PROBES = 10;
    static final int PAGE = 20;
    static final int CLIENTS = 4;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Serve: /api/articles?entity= latency on " + String.format("%,d", ARTICLES)
                + " articles, and enrichment with and without serve reading its output";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        boolean quick = ctx.options().quick();
        int size = quick ? QUICK_ARTICLES : ARTICLES;
        int queries = quick ? 60 : 3_000;
        ctx.say("enriching " + ctx.workload().size() + " Wikinews articles once and replicating them to " + size);
        ServeCorpus corpus = ServeCorpus.build(ctx.workload(), BenchContext.standardEnricher(), size);
        ctx.results().note(7, String.format("%d enriched articles (%d Wikinews articles replicated with distinct ids, one every %d s over %d days),"
                        + " %d distinct entities, %d partitions; the first %d held before the rest is produced and timed; queries without type, %d per page",
                size, ctx.workload().size(), ServeCorpus.SPAN.toSeconds() / size, ServeCorpus.SPAN.toDays(),
                corpus.entities().size(), PipelineSection.PARTITIONS, ctx.workload().size(), PAGE));
        Path dir = Files.createDirectories(ctx.scratch().resolve("serve"));
        try (LocalPipeline pipeline = LocalPipeline.start(dir.resolve("queries"), PipelineSection.PARTITIONS)) {
            ServeService serve = pipeline.serve("bench");
            awaitRunning(serve, pipeline);
            // A first batch, untimed: Streams creates its internal topics on the first records, and a transactional
            // write to a partition whose log is not ready yet is refused and retried (OutOfOrderSequenceException in
            // the broker's log), which stalls the first seconds; the timed load starts once serve holds this batch.
            int firstSize = ctx.workload().size();
            long firstStarted = System.nanoTime();
            produce(pipeline.bootstrap(), corpus.articles().subList(0, firstSize));
            await(() -> articlesHeld(serve) == firstSize, firstStarted + ctx.budget().deadline().toNanos(), pipeline,
                    "serve did not hold the first " + firstSize + " articles");
            ctx.say("serve held a first batch of " + firstSize + " articles after " + seconds(firstStarted) + " s");
            long started = System.nanoTime();
            produce(pipeline.bootstrap(), corpus.articles().subList(firstSize, size));
            ctx.say("produced " + (size - firstSize) + " articles in " + seconds(started) + " s; waiting until serve holds them all");
            await(() -> holds(serve, size, corpus.mentions()), started + ctx.budget().deadline().toNanos(), pipeline,
                    "serve did not hold the " + size + " articles within " + ctx.budget().deadline().toSeconds() + " s");
            ctx.results().add(7, "serve.load.articles_per_s", "serve: articles indexed per second (produced at once)",
                    (size - firstSize) / ((System.nanoTime() - started) / 1e9), "articles/s");
            query(ctx, serve, corpus, queries);
        }
        enrichBeside(ctx, dir.resolve("enrich"));
    }

    // ---- the API ----

    /** One request of the benchmark and the count its answer must have. */
    record Probe(String kind, String path, int expected) {
    }

    private static void query(BenchContext ctx, ServeService serve, ServeCorpus corpus, int queries) throws Exception {
        Results results = ctx.results();
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            probes.add(probe("popular", corpus.popular(PROBES), i));
            probes.add(probe("rare", corpus.rare(PROBES), i));
        }
        results.note(7, "popular entities asked for: " + corpus.popular(PROBES).stream()
                .map(n -> n.text() + " (" + n.articles() + ")").toList() + "; rare ones: "
                + corpus.rare(3).stream().map(n -> n.text() + " (" + n.articles() + ")").toList() + "...");
        String base = "http://127.0.0.1:" + serve.port();
        long warmup = ctx.budget().warmup().toNanos();
        long start = System.nanoTime();
        int warmed = 0;
        while (warmed < 20 || System.nanoTime() - start < warmup) {
            ask(base, probes.get(warmed % probes.size()));
            warmed++;
        }
        ctx.say("warmed up on " + warmed + " queries; timing " + queries + " from one client");
        List<Double> popular = new ArrayList<>();
        List<Double> rare = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            Probe p = probes.get(i % probes.size());
            double ms = ask(base, p);
            all.add(ms);
            (p.kind().equals("popular") ? popular : rare).add(ms);
        }
        add(results, "serve.entity_query", "GET /api/articles?entity=, one client", Latencies.of(all));
        add(results, "serve.entity_query.popular", "  the same, the " + PROBES + " most named entities", Latencies.of(popular));
        add(results, "serve.entity_query.rare", "  the same, the " + PROBES + " least named entities", Latencies.of(rare));

        ctx.say("timing " + queries + " queries from " + CLIENTS + " clients at once");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Double> concurrent = Collections.synchronizedList(new ArrayList<>());
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = client; i < queries; i += CLIENTS) {
                        concurrent.add(ask(base, probes.get(i % probes.size())));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            results.add(7, "serve.entity_query.concurrent.queries_per_s", "GET /api/articles?entity=, " + CLIENTS + " clients at once",
                    queries / ((System.nanoTime() - t0) / 1e9), "queries/s");
        } finally {
            clients.shutdownNow();
        }
        Latencies c = Latencies.of(concurrent);
        results.add(7, "serve.entity_query.concurrent.p50_ms", "  the same, p50", c.p50(), "ms");
        results.add(7, "serve.entity_query.concurrent.p99_ms", "  the same, p99", c.p99(), "ms");
    }

    private static Probe probe(String kind, List<ServeCorpus.Named> entities, int i) {
        ServeCorpus.Named n = entities.get(i % entities.size());
        return new Probe(kind, "/api/articles?entity=" + URLEncoder.encode(n.text(), StandardCharsets.UTF_8).replace("+", "%20"),
                Math.min(PAGE, n.articles()));
    }

    private static void add(Results results, String key, String label, Latencies l) {
        results.add(7, key + ".p50_ms", label + ", p50", l.p50(), "ms");
        results.add(7, key + ".p95_ms", label + ", p95", l.p95(), "ms");
        results.add(7, key + ".p99_ms", label + ", p99", l.p99(), "ms");
        results.add(7, key + ".max_ms", label + ", max", l.max(), "ms");
    }

    /** Milliseconds from sending the request to having the whole answer; throws unless the answer is the expected one. */
    private static double ask(String base, Probe p) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + p.path())).timeout(Duration.ofSeconds(30)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        int count = response.statusCode() == 200 ? Json.MAPPER.readTree(response.body()).path("count").asInt(-1) : -1;
        if (count != p.expected()) {
            throw new IllegalStateException("GET " + p.path() + " answered " + response.statusCode() + " with "
                    + count + " articles, expected " + p.expected() + ": "
                    + new String(response.body(), 0, Math.min(300, response.body().length), StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static void produce(String bootstrap, List<EnrichedArticle> articles) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(p, new StringSerializer(), Serdes.ENRICHED.serializer())) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, a.id(), a), (md, e) -> {
                    if (e != null) {
                        failed.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("producing the articles failed: " + failed.get(), failed.get());
        }
    }

    // ---- enrichment beside serve ----

    /**
     * Enrich (its default, one stream thread) on backlogs of distinct copies: alone, with a serve instance reading
     * news.enriched as enrich writes it, and alone again; the two runs alone bracket the one beside serve, so that
     * what the JIT still gains during the runs does not count for or against serve.
     */
    private static void enrichBeside(BenchContext ctx, Path dir) throws Exception {
        Results results = ctx.results();
        Workload workload = ctx.workload();
        int copies = (int) Math.max(1, Math.ceil(ctx.singleThreadRate() * ctx.budget().threadsRun().toSeconds() / workload.size()));
        results.note(7, String.format("enrich beside serve: 1 stream thread, %d articles per run (%d x %d), alone, beside serve, alone again",
                copies * workload.size(), copies, workload.size()));
        try (LocalPipeline pipeline = LocalPipeline.start(dir, PipelineSection.PARTITIONS);
             TopicWatcher enriched = TopicWatcher.start(pipeline.bootstrap(), Topics.ENRICHED)) {
            EnrichService enrich = pipeline.enrich(1);
            LocalPipeline.awaitRunning(enrich, pipeline);
            PipelineSection.warmUp(ctx, 7, "enrich (1 stream thread)", pipeline, enriched::count, "sw");
            Throughput before = backlog(ctx, pipeline, enrich, enriched, workload.copies("sa", copies), "alone");

            ServeService serve = pipeline.serve("beside");
            awaitRunning(serve, pipeline);
            long caughtUp = enriched.count();
            ctx.say("serve catching up on the " + caughtUp + " articles enriched so far");
            await(() -> articlesHeld(serve) >= caughtUp, System.nanoTime() + ctx.budget().deadline().toNanos(), pipeline,
                    "serve did not catch up on " + caughtUp + " articles");
            Throughput beside = backlog(ctx, pipeline, enrich, enriched, workload.copies("sb", copies), "beside serve");
            long finished = System.nanoTime();
            long all = enriched.count();
            await(() -> articlesHeld(serve) >= all, finished + ctx.budget().deadline().toNanos(), pipeline,
                    "serve did not catch up on " + all + " articles");
            results.add(7, "serve.beside.lag_s", "serve held every article this long after enrich had written the last",
                    (System.nanoTime() - finished) / 1e9, "s");
            pipeline.stop(serve);

            Throughput after = backlog(ctx, pipeline, enrich, enriched, workload.copies("sc", copies), "alone again");
            if (before != null && beside != null && after != null) {
                double alone = (before.articlesPerSecond() + after.articlesPerSecond()) / 2;
                results.add(7, "serve.beside.enrich_alone.articles_per_s", "enrich alone, mean of the runs before and after",
                        alone, "articles/s");
                results.add(7, "serve.beside.enrich.articles_per_s", "enrich with serve reading its output, same JVM and cores",
                        beside.articlesPerSecond(), "articles/s");
                results.add(7, "serve.beside.ratio", "enrich beside serve / enrich alone", beside.articlesPerSecond() / alone, "x");
            }
        }
    }

    /** Ingests a backlog while enrich is paused, then times enrich through it; serve's CPU share, if one runs. */
    private static Throughput backlog(BenchContext ctx, LocalPipeline pipeline, EnrichService enrich, TopicWatcher enriched,
                                      List<io.newsflow.core.schema.RawArticle> articles, String run) throws Exception {
        Results results = ctx.results();
        long before = enriched.count();
        enrich.streams().pause();
        IngestReport report = pipeline.ingest("backlog-" + run.replace(' ', '-'), articles);
        try (Progress progress = Progress.watch(() -> enriched.count() - before, 20)) {
            CpuByThread cpuBefore = CpuByThread.now();
            long started = System.nanoTime();
            enrich.streams().resume();
            boolean complete = progress.awaitCount(report.published(), started + ctx.budget().deadline().toNanos(), pipeline::check);
            Map<String, Double> cpu = CpuByThread.now().since(cpuBefore);
            long done = Math.max(1, progress.latest());
            if (!complete) {
                results.note(7, run + ": only " + done + " of " + report.published() + " articles enriched in time; the rate is over those");
            }
            Throughput t = progress.rateAfter(0.05, report.published());
            if (t != null) {
                results.add(7, "serve.beside." + run.replace(' ', '_') + ".articles_per_s", "enrich, " + run, t.articlesPerSecond(), "articles/s");
            }
            if (!cpu.isEmpty()) {
                results.note(7, "enrich " + run + ", CPU ms per article by thread kind: " + CpuByThread.perArticle(cpu, done));
                if (cpu.containsKey("serve stream threads")) {
                    results.add(7, "serve.beside.serve_cpu_ms_per_article", "serve's stream threads: CPU per article while beside",
                            1000 * cpu.get("serve stream threads") / done, "ms");
                }
            }
            return t;
        }
    }

    // ---- waiting for serve ----

    private static void awaitRunning(ServeService serve, LocalPipeline pipeline) throws InterruptedException {
        await(() -> serve.streams().state() == KafkaStreams.State.RUNNING, System.nanoTime() + 60_000_000_000L, pipeline,
                "serve is not running after a minute: " + serve.streams().state());
    }

    private static void await(java.util.function.BooleanSupplier condition, long deadlineNanos, LocalPipeline pipeline,
                              String failure) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            pipeline.check();
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException(failure);
            }
            Thread.sleep(200);
        }
    }

    /** True once serve holds {@code articles} articles and its entity views add up to {@code mentions} mentions. */
    private static boolean holds(ServeService serve, long articles, long mentions) {
        return articlesHeld(serve) == articles && sum(serve, ServeTopology.ENTITY_DAYS) == mentions;
    }

    private static long articlesHeld(ServeService serve) {
        return fold(serve, ServeTopology.ARTICLE_TIMES, v -> 1);
    }

    private static long sum(ServeService serve, String store) {
        return fold(serve, store, v -> v);
    }

    /** Adds up {@code value} over a store's entries; -1 while the store cannot be read (being assigned). */
    private static long fold(ServeService serve, String name, java.util.function.LongUnaryOperator value) {
        try {
            ReadOnlyKeyValueStore<String, Long> store = serve.streams().store(
                    StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, Long>keyValueStore()));
            long total = 0;
            try (KeyValueIterator<String, Long> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<String, Long> kv = it.next();
                    total += value.applyAsLong(kv.value);
                }
            }
            return total;
        } catch (InvalidStateStoreException notYet) {
            return -1;
        }
    }

    private static String seconds(long since) {
        return Results.format((System.nanoTime() - since) / 1e9);
    }
}
