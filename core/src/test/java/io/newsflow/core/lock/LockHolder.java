package io.newsflow.core.lock;

import java.nio.file.Path;

/** Another process that takes a directory's lock, says so on stdout, and holds it until killed or stdin closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]), "lock-holder")) {
            System.out.println("locked " + lock.directory());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until stdin closes
            }
        }
    }
}
