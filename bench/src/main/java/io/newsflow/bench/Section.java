package io.newsflow.bench;

/** One part of the benchmark; its numbers go to the run's {@link Results}. */
interface Section {

    int number();

    String title();

    void run(BenchContext ctx) throws Exception;
}
