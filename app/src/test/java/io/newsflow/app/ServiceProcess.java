package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Newsflow service as its own OS process ({@code java -jar newsflow.jar <service> ...}), to be killed for real. */
final class ServiceProcess implements AutoCloseable {

    private final List<String> command;
    private final Path log;
    private final java.util.Map<String, String> env = new java.util.HashMap<>();
    private Path directory;
    private Process process;
    private int starts;

    ServiceProcess(Path log, String service, String... args) {
        String jar = System.getProperty("newsflow.jar", "target/newsflow.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the runnable jar is missing: " + jar + " (failsafe runs after package)");
        }
        // C1 only: these processes live for seconds and a few hundred articles, and C2's compiling (of the CRF, the
        // atlas and model loading) costs more CPU than it wins back on two shared cores: enrich starts and tags 100
        // articles in 7 s instead of 12, and 500 in 8 s instead of 13. The JIT tier changes no behaviour under test.
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m", "-XX:+UseSerialGC", "-XX:-DontCompileHugeMethods", "-XX:TieredStopAtLevel=1", "-jar", jar, service));
        this.command.addAll(List.of(args));
        this.log = log;
    }

    /** Runs the process in {@code dir}, as a user who typed the command there. */
    ServiceProcess in(Path dir) {
        this.directory = dir;
        return this;
    }

    ServiceProcess withEnv(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Waits for the process to end by itself; returns its exit code, or fails after the time given. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s: " + command + "\n" + log());
        }
        return process.exitValue();
    }

    ServiceProcess start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(env);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return this;
    }

    /** SIGKILL: no shutdown hook, no flush, no commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the service's shutdown hook runs. Returns whether it exited within the time given. */
    boolean terminate(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Waits for the process to end by itself; returns whether it did within the time given. */
    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    int starts() {
        return starts;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
