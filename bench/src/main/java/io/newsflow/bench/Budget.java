package io.newsflow.bench;

import java.time.Duration;

/**
 * How much work each section does. The full budget keeps the whole run within about 6 to 8 minutes on two cores.
 *
 * @param articles      Wikinews articles used (all 171 in the full run)
 * @param warmup        warm-up of each candidate; the Kafka runs warm up longer while the JIT is still busy
 * @param measure       least measured time of each candidate, in rounds of whole passes over the articles
 * @param pipelineRun   aimed length of the end-to-end throughput run (section 3)
 * @param latencyRun    length of the paced latency run at half the measured rate (section 3)
 * @param threadsRun    aimed length of each stream-thread run (section 5)
 * @param memoryRun     aimed length of the process run (section 4)
 * @param deadline      a run still unfinished after this is cut short and reported as such
 */
record Budget(int articles, Duration warmup, Duration measure, Duration pipelineRun, Duration latencyRun,
              Duration threadsRun, Duration memoryRun, Duration deadline) {

    static Budget full() {
        return new Budget(Integer.MAX_VALUE, Duration.ofSeconds(6), Duration.ofSeconds(9), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(25), Duration.ofSeconds(150));
    }

    Budget withArticles(int n) {
        return n <= 0 ? this : new Budget(n, warmup, measure, pipelineRun, latencyRun, threadsRun, memoryRun, deadline);
    }

    /** Seconds instead of minutes: checks that everything runs, not how fast. */
    static Budget quick() {
        return new Budget(5, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(6), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(6), Duration.ofSeconds(90));
    }
}
