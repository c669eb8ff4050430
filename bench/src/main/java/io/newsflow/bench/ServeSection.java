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
    /** Serve indexes a few dozen articles a second on this machine: the 10,000 get this long. */
    static final Duration LOAD_DEADLINE = Duration.ofMinutes(20);

    /**
     * The same server's cheapest answer, a static file from the jar: asked after every entity query, it shows what
     * HTTP over loopback and this machine's scheduling cost on their own, under the same load.
     */
    static final Probe BASELINE = new Probe("baseline", "/style.css", -1);

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
            long loadDeadline = started + Math.max(ctx.budget().deadline().toNanos(), LOAD_DEADLINE.toNanos());
            long[] lastSaid = {started};
            await(() -> {
                if (System.nanoTime() - lastSaid[0] > 30_000_000_000L) {
                    lastSaid[0] = System.nanoTime();
                    ctx.say("serve holds " + articlesHeld(serve) + " of " + size + " articles after " + seconds(started) + " s");
                }
                return holds(serve, size, corpus.mentions());
            }, loadDeadline, pipeline, "serve did not hold the " + size + " articles within " + (loadDeadline - started) / 1_000_000_000L + " s");
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
        ctx.say("warmed up on " + warmed + " queries; timing " + queries + " from one client, each followed by the baseline");
        List<Double> popular = new ArrayList<>();
        List<Double> rare = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            Probe p = probes.get(i % probes.size());
            double ms = ask(base, p);
            all.add(ms);
            (p.kind().equals("popular") ? popular : rare).add(ms);
            floor.add(ask(base, BASELINE));
        }
        Latencies entity = Latencies.of(all);
        Latencies baseline = Latencies.of(floor);
        add(results, "serve.entity_query", "GET /api/articles?entity=, one client", entity);
        add(results, "serve.entity_query.popular", "  the same, the " + PROBES + " most named entities", Latencies.of(popular));
        add(results, "serve.entity_query.rare", "  the same, the " + PROBES + " least named entities", Latencies.of(rare));
        add(results, "serve.baseline", "baseline: GET " + BASELINE.path() + ", same server, after each query", baseline);
        results.add(7, "serve.entity_query.vs_baseline.p50_ratio", "entity query / baseline, p50", entity.p50() / baseline.p50(), "x");
        results.add(7, "serve.entity_query.vs_baseline.p99_ratio", "entity query / baseline, p99", entity.p99() / baseline.p99(), "x");

        ctx.say("timing " + queries + " queries from " + CLIENTS + " clients at once");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Double> concurrent = Collections.synchronizedList(new ArrayList<>());
        try {
            CpuByThread cpuBefore = CpuByThread.now();
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
            Map<String, Double> cpu = CpuByThread.now().since(cpuBefore);
            if (cpu.containsKey("serve HTTP")) {
                results.add(7, "serve.entity_query.cpu_ms", "  serve's CPU per query (its HTTP threads, where queries run)",
                        1000 * cpu.get("serve HTTP") / queries, "ms");
                results.note(7, "entity queries, CPU ms per query by thread kind: " + CpuByThread.perArticle(cpu, queries));
            }
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
        if (p == BASELINE) {
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new IllegalStateException("GET " + p.path() + " answered " + response.statusCode());
            }
            return ms;
        }
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

    /** One timed run of enrich: its rate, and the CPU per article of enrich's and serve's stream threads. */
    private record Run(double articlesPerSecond, double enrichCpuMs, double serveCpuMs) {
    }

    /**
     * Enrich (its default, one stream thread) on backlogs of distinct copies, in pairs of runs: one with the serve
     * instance paused ("alone"), one with it reading news.enriched as enrich writes it ("beside serve"). Between runs
     * serve catches up, untimed. Pairs alternate so that the load of a shared machine, which moves by the minute,
     * falls on both kinds of run alike; the rates are summed over the runs of each kind.
     */
    private static void enrichBeside(BenchContext ctx, Path dir) throws Exception {
        Results results = ctx.results();
        Workload workload = ctx.workload();
        int pairs = ctx.options().quick() ? 1 : 3;
        int copies = (int) Math.max(ctx.options().quick() ? 1 : 2,
                Math.ceil(ctx.singleThreadRate() * ctx.budget().threadsRun().toSeconds() / 2 / workload.size()));
        results.note(7, String.format("enrich beside serve: 1 stream thread, %d pairs of runs of %d articles (%d x %d), serve paused then reading",
                pairs, copies * workload.size(), copies, workload.size()));
        try (LocalPipeline pipeline = LocalPipeline.start(dir, PipelineSection.PARTITIONS);
             TopicWatcher enriched = TopicWatcher.start(pipeline.bootstrap(), Topics.ENRICHED)) {
            EnrichService enrich = pipeline.enrich(1);
            LocalPipeline.awaitRunning(enrich, pipeline);
            ServeService serve = pipeline.serve("beside");
            awaitRunning(serve, pipeline);
            PipelineSection.warmUp(ctx, 7, "enrich (1 stream thread) with serve reading", pipeline, enriched::count, "sw");
            List<Run> alone = new ArrayList<>();
            List<Run> beside = new ArrayList<>();
            double lag = 0;
            for (int pair = 0; pair < pairs; pair++) {
                catchUp(ctx, serve, enriched, pipeline);
                serve.streams().pause();
                // Run names of letters only: a copy's text is told apart by its run's letters, and a copy whose
                // text enrich has seen is a duplicate, which it does not tag again.
                char p = (char) ('a' + pair);
                alone.add(backlog(ctx, pipeline, enrich, enriched, workload.copies("sa" + p, copies)));
                serve.streams().resume();
                catchUp(ctx, serve, enriched, pipeline);
                beside.add(backlog(ctx, pipeline, enrich, enriched, workload.copies("sb" + p, copies)));
                lag = Math.max(lag, catchUp(ctx, serve, enriched, pipeline));
                ctx.say(String.format("pair %d: enrich alone %.1f, beside serve %.1f articles/s", pair + 1,
                        alone.get(pair).articlesPerSecond(), beside.get(pair).articlesPerSecond()));
            }
            double a = harmonic(alone, Run::articlesPerSecond);
            double b = harmonic(beside, Run::articlesPerSecond);
            results.add(7, "serve.beside.enrich_alone.articles_per_s", "enrich, serve paused (all runs)", a, "articles/s");
            results.add(7, "serve.beside.enrich.articles_per_s", "enrich, serve reading its output in the same JVM (all runs)", b, "articles/s");
            results.add(7, "serve.beside.ratio", "enrich beside serve / enrich alone", b / a, "x");
            results.add(7, "serve.beside.enrich_alone.cpu_ms", "enrich's stream threads: CPU per article, serve paused",
                    mean(alone, Run::enrichCpuMs), "ms");
            results.add(7, "serve.beside.enrich.cpu_ms", "enrich's stream threads: CPU per article, serve reading",
                    mean(beside, Run::enrichCpuMs), "ms");
            results.add(7, "serve.beside.serve_cpu_ms", "serve's stream threads: CPU per article, while reading",
                    mean(beside, Run::serveCpuMs), "ms");
            results.add(7, "serve.beside.lag_s", "serve held every article this long after enrich wrote the last (worst run)", lag, "s");
        }
    }

    /** Articles per second over all the runs (each run is the same number of articles). */
    private static double harmonic(List<Run> runs, java.util.function.ToDoubleFunction<Run> rate) {
        return runs.size() / runs.stream().mapToDouble(r -> 1 / rate.applyAsDouble(r)).sum();
    }

    private static double mean(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        return runs.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    /** Waits until serve holds every article enrich has written; returns the seconds it took. */
    private static double catchUp(BenchContext ctx, ServeService serve, TopicWatcher enriched, LocalPipeline pipeline)
            throws InterruptedException {
        long started = System.nanoTime();
        long all = enriched.count();
        await(() -> articlesHeld(serve) >= all, started + ctx.budget().deadline().toNanos(), pipeline,
                "serve did not catch up on " + all + " articles");
        return (System.nanoTime() - started) / 1e9;
    }

    /** Ingests a backlog while enrich is paused, then times enrich through it. */
    private static Run backlog(BenchContext ctx, LocalPipeline pipeline, EnrichService enrich, TopicWatcher enriched,
                               List<io.newsflow.core.schema.RawArticle> articles) throws Exception {
        long before = enriched.count();
        enrich.streams().pause();
        IngestReport report = pipeline.ingest("backlog", articles);
        try (Progress progress = Progress.watch(() -> enriched.count() - before, 20)) {
            CpuByThread cpuBefore = CpuByThread.now();
            long started = System.nanoTime();
            enrich.streams().resume();
            boolean complete = progress.awaitCount(report.published(), started + ctx.budget().deadline().toNanos(), pipeline::check);
            Map<String, Double> cpu = CpuByThread.now().since(cpuBefore);
            long done = Math.max(1, enriched.count() - before);
            if (!complete) {
                throw new IllegalStateException("only " + done + " of " + report.published() + " articles enriched in "
                        + ctx.budget().deadline().toSeconds() + " s");
            }
            // From resuming to the last article, start included: on a loaded machine the output of a short run can
            // become visible in a few bursts (a transaction commits late), and a rate between two of them means nothing.
            double wall = (System.nanoTime() - started) / 1e9;
            return new Run(done / wall, 1000 * cpu.getOrDefault("enrich stream threads", 0.0) / done,
                    1000 * cpu.getOrDefault("serve stream threads", 0.0) / done);
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
