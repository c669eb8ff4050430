package io.newsflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's {@code -Xlog:gc} file says about its heap: every collection logs the heap used before and after it
 * and the heap's size, so the peaks are exact rather than sampled.
 *
 * @param collector          the collector's name ("G1", "Serial", ...), or "?" if the log does not say
 * @param collections        collections logged
 * @param peakUsedMb         most heap in use (just before a collection)
 * @param peakAfterGcMb      most heap still in use after a collection: the live set, at most
 * @param peakCommittedMb    largest heap size the JVM took from the OS
 */
record GcLog(String collector, int collections, double peakUsedMb, double peakAfterGcMb, double peakCommittedMb) {

    /** {@code 123M->45M(256M)}, in K, M or G. */
    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern USING = Pattern.compile("Using (\\S+)");

    static GcLog read(Path file) throws IOException {
        String collector = "?";
        int collections = 0;
        double used = 0;
        double after = 0;
        double committed = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher using = USING.matcher(line);
            if (collector.equals("?") && using.find()) {
                collector = using.group(1);
            }
            Matcher m = HEAP.matcher(line);
            if (m.find()) {
                collections++;
                used = Math.max(used, mb(m.group(1), m.group(2)));
                after = Math.max(after, mb(m.group(3), m.group(4)));
                committed = Math.max(committed, mb(m.group(5), m.group(6)));
            }
        }
        return new GcLog(collector, collections, used, after, committed);
    }

    private static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }
}
