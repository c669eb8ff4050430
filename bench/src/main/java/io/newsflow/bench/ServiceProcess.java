package io.newsflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Newsflow service as its own JVM ({@code java -jar newsflow.jar <service> ...}), with a GC log and its resident
 * memory's high-water mark (VmHWM in /proc/&lt;pid&gt;/status) sampled until it exits, since /proc forgets a process
 * that has ended.
 */
final class ServiceProcess implements AutoCloseable {

    private final String service;
    private final Path gcLog;
    private final Path output;
    private final Process process;
    private final Thread sampler;
    private volatile long peakRssKb;

    private ServiceProcess(String service, Path gcLog, Path output, Process process) {
        this.service = service;
        this.gcLog = gcLog;
        this.output = output;
        this.process = process;
        this.sampler = new Thread(this::sample, "bench-rss-" + service);
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    static ServiceProcess start(Path jar, String heap, Path dir, String service, String... args) throws IOException {
        Path gcLog = dir.resolve(service + "-gc.log");
        Path output = dir.resolve(service + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-XX:-DontCompileHugeMethods", "-jar", jar.toString(), service));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // A user's NEWSFLOW_* settings (a cluster's address, SASL) must not reach the services run against our broker.
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSFLOW_"));
        Process p = builder.start();
        return new ServiceProcess(service, gcLog, output, p);
    }

    private void sample() {
        while (process.isAlive() && readPeak()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Reads VmHWM now; false once the process is gone. */
    synchronized boolean readPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return true;
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    String service() {
        return service;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Peak resident memory in MB, as last sampled. */
    double peakRssMb() {
        return peakRssKb / 1024.0;
    }

    GcLog gc() throws IOException {
        return GcLog.read(gcLog);
    }

    /** The end of the service's own log, to show why it failed. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()).stream()
                    .map(l -> "     " + (l.length() > 240 ? l.substring(0, 240) + "..." : l)).toList());
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGTERM, so the service commits and exits cleanly; SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        readPeak();
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        sampler.join(1_000);
    }
}
