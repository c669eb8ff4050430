package io.newsflow.core.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseASecondOwnerInTheSameProcessAndNameTheFirst() {
        try (DirectoryLock first = DirectoryLock.acquire(dir, "broker")) {
            DirectoryLockedException e = assertThrows(DirectoryLockedException.class, () -> DirectoryLock.acquire(dir, "broker"));
            assertTrue(e.getMessage().contains("newsflow broker (pid " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(DirectoryLock.tryAcquire(dir.resolve("."), "sink").isEmpty(), "the same directory by another spelling");
            assertEquals(dir.toAbsolutePath().normalize(), first.directory());
        }
        try (DirectoryLock again = DirectoryLock.acquire(dir, "broker")) {
            assertTrue(Files.exists(dir.resolve(DirectoryLock.FILE_NAME)));
        }
    }

    @Test
    void shouldCreateAMissingDirectory() {
        Path missing = dir.resolve("a/b");
        try (DirectoryLock lock = DirectoryLock.acquire(missing, "sink")) {
            assertTrue(Files.isDirectory(missing));
        }
    }

    @Test
    void shouldRefuseWhileAnotherProcessHoldsItAndTakeItOnceThatProcessIsKilled() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("locked"), "the holder took the lock: " + line);

            DirectoryLockedException e = assertThrows(DirectoryLockedException.class, () -> DirectoryLock.acquire(dir, "broker"));
            assertTrue(e.getMessage().contains("newsflow lock-holder (pid " + holder.pid()), e.getMessage());
            assertTrue(DirectoryLock.tryAcquire(dir, "broker").isEmpty());

            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            try (DirectoryLock mine = DirectoryLock.acquire(dir, "broker")) {
                assertTrue(DirectoryLock.ownerOf(dir).contains("pid " + ProcessHandle.current().pid()));
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
