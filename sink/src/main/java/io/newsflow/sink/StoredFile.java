package io.newsflow.sink;

import java.nio.file.Path;

/**
 * A committed file of the file store: the records of one partition from {@code firstOffset} to {@code lastOffset}
 * (both included, and both offsets of records in the file; offsets in between may be missing, as transaction markers,
 * aborted or rejected records take offsets too).
 */
public record StoredFile(Path path, int partition, long firstOffset, long lastOffset) {

    public boolean overlaps(long first, long last) {
        return first <= lastOffset && firstOffset <= last;
    }
}
