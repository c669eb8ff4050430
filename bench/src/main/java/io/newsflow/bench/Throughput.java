package io.newsflow.bench;

/** Work done in a measured time. */
record Throughput(long articles, long tokens, double seconds) {

    double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    double tokensPerSecond() {
        return seconds > 0 ? tokens / seconds : 0;
    }

    /** Articles per second over only the part of a run between two counts, as seen at two instants. */
    static Throughput between(long fromCount, long fromNanos, long toCount, long toNanos) {
        return new Throughput(toCount - fromCount, 0, (toNanos - fromNanos) / 1e9);
    }
}
