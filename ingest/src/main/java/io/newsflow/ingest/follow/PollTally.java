package io.newsflow.ingest.follow;

/** What one poll of one source did; written to the source's status, its metrics and its log line. */
final class PollTally {

    long seen;
    long published;
    long skipped;
    long errors;
    long notModified;
    long givenUp;
    long retrying;
    /** Why the poll failed as a whole (the source could not be read), or null. */
    String failure;

    SourceStatus addTo(SourceStatus s, String now) {
        return new SourceStatus(s.name(), s.location(), now, failure == null ? now : s.lastSuccessAt(), failure,
                s.seen() + seen, s.published() + published, s.skipped() + skipped, s.errors() + errors,
                s.notModified() + notModified, s.givenUp() + givenUp);
    }
}
