package io.newsflow.ingest.follow;

/** Reads one source once and publishes what is new; counts what it did in the tally. Never throws for bad input. */
interface SourcePoller {

    /** @throws InterruptedException when ingest is stopping; the poll's acknowledged items are remembered */
    void poll(PollTally tally) throws InterruptedException;
}
