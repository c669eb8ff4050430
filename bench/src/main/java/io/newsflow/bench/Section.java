package io.newsflow.bench;

/** One part of the benchmark; its numbers go to the run's {@link Results}. */
interface Section {

    int number();

    String title();

    void run(BenchContext ctx) throws Exception;

    /**
     * True for a section that measures code running inside this JVM: the bench runs it in a fresh JVM of its own
     * ({@link ForkedSection}), so that no section measures code compiled for another's.
     */
    default boolean inProcess() {
        return false;
    }
}
