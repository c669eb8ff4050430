package io.newsflow.ingest.follow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Each followed source's state as a plain-text table, for {@code ./newsflow sources}. */
public final class SourcesTable {

    private static final String[] HEADER = {"SOURCE", "LAST POLL", "LAST SUCCESS", "SEEN", "PUBLISHED", "SKIPPED",
        "ERRORS", "304S", "GIVEN UP", "LAST ERROR"};

    private SourcesTable() {
    }

    public static String format(Collection<SourceStatus> sources) {
        if (sources.isEmpty()) {
            return "no sources followed yet\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        sources.stream().sorted(Comparator.comparing(SourceStatus::name)).forEach(s -> rows.add(new String[] {
            s.name(), orDash(s.lastPollAt()), orDash(s.lastSuccessAt()), Long.toString(s.seen()),
            Long.toString(s.published()), Long.toString(s.skipped()), Long.toString(s.errors()),
            Long.toString(s.notModified()), Long.toString(s.givenUp()), s.lastError() == null ? "-" : clip(s.lastError())}));
        int[] widths = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", r[i])).append(i + 1 < r.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String clip(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 80) + "...";
    }
}
