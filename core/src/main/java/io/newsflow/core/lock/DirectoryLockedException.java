package io.newsflow.core.lock;

import java.nio.file.Path;

/** A directory is owned by another process; the message names it. Nothing in the directory was touched. */
public final class DirectoryLockedException extends IllegalStateException {

    private final Path directory;
    private final String owner;

    DirectoryLockedException(Path directory, String owner) {
        super(directory + " is in use by " + owner);
        this.directory = directory;
        this.owner = owner;
    }

    public Path directory() {
        return directory;
    }

    public String owner() {
        return owner;
    }
}
