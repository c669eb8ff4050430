package io.newsflow.bench;

import io.newsflow.bench.Workload.Article;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

/** Runs an in-process candidate over the articles on the calling thread: warm-up, then timed whole passes. */
final class Timing {

    /** Keeps the results alive so the JIT cannot drop the work that made them. */
    private static volatile int blackhole;

    private Timing() {
    }

    /**
     * Warms up for {@code time} ({@link #warm}), then on in whole passes while the JIT still compiles (its compile
     * time over 2% of a pass's wall time), up to {@code most}: CoreNLP's CRF feature method is large, and a
     * candidate timed while its compilation is still going on would measure the JIT, not the code. Returns the
     * seconds spent.
     */
    static double warmUntilCompiled(List<Article> articles, Duration time, Duration most, ToIntFunction<Article> work) {
        long start = System.nanoTime();
        warm(articles, time, work);
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return (System.nanoTime() - start) / 1e9;
        }
        while (System.nanoTime() - start < most.toNanos()) {
            long compiledBefore = jit.getTotalCompilationTime();
            long passStart = System.nanoTime();
            warm(articles, Duration.ZERO, work);
            double passMillis = (System.nanoTime() - passStart) / 1e6;
            if (jit.getTotalCompilationTime() - compiledBefore <= 0.02 * passMillis) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Cycles through the articles for {@code time}, at least one pass when it is zero. */
    static void warm(List<Article> articles, Duration time, ToIntFunction<Article> work) {
        long end = System.nanoTime() + time.toNanos();
        int sum = 0;
        int i = 0;
        do {
            sum += work.applyAsInt(articles.get(i % articles.size()));
            i++;
        } while (i < articles.size() || System.nanoTime() < end);
        blackhole += sum;
    }

    /**
     * {@code threads} threads at once, each doing whole passes over the articles until at least {@code least} has
     * passed: what the machine gives a CPU-bound job that needs no coordination, the ceiling of any speed-up from
     * threads.
     */
    static Throughput measureParallel(List<Article> articles, Duration least, int threads, ToIntFunction<Article> work)
            throws InterruptedException {
        System.gc();
        long tokensPerPass = articles.stream().mapToLong(Article::tokens).sum();
        java.util.concurrent.atomic.AtomicLong passes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> workers = new java.util.ArrayList<>();
        long[] start = new long[1];
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = start[0] + least.toNanos();
                int sum = 0;
                do {
                    for (Article a : articles) {
                        sum += work.applyAsInt(a);
                    }
                    passes.incrementAndGet();
                } while (System.nanoTime() < end);
                blackhole += sum;
            }, "bench-parallel-" + t);
            workers.add(w);
            w.start();
        }
        start[0] = System.nanoTime();
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        return new Throughput(passes.get() * articles.size(), passes.get() * tokensPerPass, seconds);
    }

    /**
     * {@code rounds} timings of whole passes, each at least {@code least / rounds} long, best first: the best round is
     * the one least disturbed by whatever else the machine was doing, and the spread shows how much that was.
     */
    static List<Throughput> rounds(List<Article> articles, Duration least, int rounds, ToIntFunction<Article> work) {
        List<Throughput> timed = new java.util.ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            timed.add(measure(articles, least.dividedBy(rounds), work));
        }
        timed.sort(java.util.Comparator.comparingDouble(Throughput::articlesPerSecond).reversed());
        return timed;
    }

    /**
     * Whole passes over the articles until at least {@code least} has passed (one pass at least), so that every
     * candidate is timed on exactly the same texts.
     */
    static Throughput measure(List<Article> articles, Duration least, ToIntFunction<Article> work) {
        System.gc(); // garbage of the previous candidate is not this one's to collect
        long tokensPerPass = articles.stream().mapToLong(Article::tokens).sum();
        long start = System.nanoTime();
        long end = start + least.toNanos();
        int passes = 0;
        int sum = 0;
        do {
            for (Article a : articles) {
                sum += work.applyAsInt(a);
            }
            passes++;
        } while (System.nanoTime() < end);
        double seconds = (System.nanoTime() - start) / 1e9;
        blackhole += sum;
        return new Throughput((long) passes * articles.size(), passes * tokensPerPass, seconds);
    }
}
