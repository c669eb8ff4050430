package io.newsflow.ingest.follow;

/**
 * A source's state as the last poll left it, kept in the state topic for {@code ./newsflow sources}. Counts are
 * totals since the source was first followed.
 *
 * @param name          the source's name
 * @param location      its URL or directory
 * @param lastPollAt    ISO-8601 instant the last poll ended, or null
 * @param lastSuccessAt ISO-8601 instant of the last poll that read the source (a 304 included), or null
 * @param lastError     what made the last poll fail, or null when it succeeded
 * @param seen          items seen (each poll counts the items it finds)
 * @param published     articles published
 * @param skipped       items skipped because they were published already
 * @param errors        fetch errors (the source itself and its items' pages)
 * @param notModified   polls answered 304 Not Modified
 * @param givenUp       items given up after the last attempt at their page
 */
public record SourceStatus(String name, String location, String lastPollAt, String lastSuccessAt, String lastError,
                           long seen, long published, long skipped, long errors, long notModified, long givenUp) {

    static SourceStatus fresh(SourceSpec spec) {
        return new SourceStatus(spec.label(), spec.location(), null, null, null, 0, 0, 0, 0, 0, 0);
    }
}
