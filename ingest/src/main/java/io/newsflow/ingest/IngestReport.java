package io.newsflow.ingest;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param read      articles read from the inputs
 * @param published articles the broker acknowledged
 * @param failed    inputs or records that could not be read, plus articles that could not be published
 * @param errors    the first of those failures, one line each (file and line, or article id, and the reason)
 */
public record IngestReport(long read, long published, long failed, List<String> errors) {

    public IngestReport {
        errors = List.copyOf(errors);
    }

    /** Everything read was published and nothing failed. */
    public boolean ok() {
        return failed == 0 && published == read;
    }
}
