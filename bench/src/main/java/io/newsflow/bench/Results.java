package io.newsflow.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The numbers of a run: printed as they come, then as one table, the performance targets, and optionally JSON. */
final class Results {

    /** One number. {@code key} is stable, for scripts; {@code label} is for people. */
    record Row(int section, String key, String label, double value, String unit) {
    }

    /** A performance target and how this run did; {@code met} is null when the sections it needs did not run. */
    record Target(String goal, String measured, Boolean met) {
    }

    private final PrintStream out;
    private final Map<String, Object> environment = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(PrintStream out) {
        this.out = out;
    }

    void environment(String name, Object value) {
        environment.put(name, value);
        out.printf("  %-22s %s%n", name, value);
    }

    void add(int section, String key, String label, double value, String unit) {
        rows.add(new Row(section, key, label, value, unit));
        out.printf("  %-58s %12s %s%n", label, format(value), unit);
        out.flush();
    }

    /** A number measured elsewhere (a forked section, which printed it): kept, not printed again. */
    void merge(Row row) {
        if (get(row.key()).isEmpty()) {
            rows.add(row);
        }
    }

    /** A note made elsewhere, already printed there; {@code text} carries its "[section]" prefix. */
    void mergeNote(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    /** A remark worth keeping beside the numbers (settings used, a warning). */
    void note(int section, String text) {
        notes.add("[" + section + "] " + text);
        out.println("  note: " + text);
        out.flush();
    }

    OptionalDouble get(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).mapToDouble(Row::value).findFirst();
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(ratioTarget("enrichment >= 4x plain CoreNLP tokens/s, one thread",
                get("enrich.vs_corenlp.ratio"), 4.0, "x"));
        targets.add(ratioTarget("end to end >= 90% of the enrich stage alone (2 stream threads)",
                get("e2e.vs_enrich_alone.ratio"), 0.9, "x"));
        OptionalDouble p99 = get("latency.file.p99_ms");
        targets.add(p99.isPresent()
                ? new Target("p99 ingest-to-file < 1 s at half load", format(p99.getAsDouble()) + " ms", p99.getAsDouble() < 1000)
                : new Target("p99 ingest-to-file < 1 s at half load", "not measured (section 3)", null));
        OptionalDouble live = get("memory.enrich.heap_after_gc_peak_mb");
        OptionalDouble used = get("memory.enrich.heap_peak_mb");
        OptionalDouble completed = get("memory.enrich.completed");
        targets.add(live.isPresent() && completed.isPresent()
                ? new Target("enrich heap < 1 GB", format(live.getAsDouble()) + " MB peak after GC, "
                        + format(used.orElse(0)) + " MB peak used" + (completed.getAsDouble() > 0 ? "" : ", DID NOT COMPLETE"),
                        live.getAsDouble() < 1024 && completed.getAsDouble() > 0)
                : new Target("enrich heap < 1 GB", "not measured (section 4)", null));
        Target threads = ratioTarget("2 stream threads >= 1.7x one", get("threads.speedup.ratio"), 1.7, "x");
        OptionalDouble ceiling = get("enrich.enricher_pair.ratio");
        if (threads.met() != null && ceiling.isPresent()) {
            threads = new Target(threads.goal(), threads.measured() + " (bare Enricher on 2 threads: "
                    + format(ceiling.getAsDouble()) + "x)", threads.met());
        }
        targets.add(threads);
        OptionalDouble serve = get("serve.entity_query.p99_ms");
        targets.add(serve.isPresent()
                ? new Target("serve: p99 of /api/articles?entity= < 50 ms on 10,000 articles", format(serve.getAsDouble()) + " ms",
                        serve.getAsDouble() < 50)
                : new Target("serve: p99 of /api/articles?entity= < 50 ms on 10,000 articles", "not measured (section 7)", null));
        return targets;
    }

    private static Target ratioTarget(String goal, OptionalDouble value, double least, String unit) {
        return value.isPresent()
                ? new Target(goal, format(value.getAsDouble()) + unit, value.getAsDouble() >= least)
                : new Target(goal, "not measured", null);
    }

    /**
     * The final table (Markdown, to paste into BENCHMARKS.md), the targets and the notes. A smoke run ({@code quick})
     * lists the targets without verdicts: its few articles and short measurements say nothing about them.
     */
    void print(boolean quick) {
        out.println();
        out.println("Summary");
        out.println();
        out.println("| section | measure | value | unit |");
        out.println("|---|---|---:|---|");
        for (Row r : rows) {
            out.printf("| %d | %s | %s | %s |%n", r.section(), r.label(), format(r.value()), r.unit());
        }
        out.println();
        if (quick) {
            out.println("Targets (not judged: --quick numbers are a smoke test; run without --quick to compare)");
            for (Target t : targets()) {
                out.printf("  %-68s %s%n", t.goal(), t.measured());
            }
        } else {
            out.println("Targets");
            for (Target t : targets()) {
                String mark = t.met() == null ? "n/a " : t.met() ? "met " : "MISS";
                out.printf("  [%s] %-62s %s%n", mark, t.goal(), t.measured());
            }
        }
        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes");
            notes.forEach(n -> out.println("  " + n));
        }
        out.flush();
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("environment", environment);
        List<Map<String, Object>> measures = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", r.section());
            m.put("key", r.key());
            m.put("label", r.label());
            m.put("value", r.value());
            m.put("unit", r.unit());
            measures.add(m);
        }
        doc.put("measures", measures);
        doc.put("targets", targets());
        doc.put("notes", notes);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(doc));
    }

    /** Three significant figures or so, no grouping: easy to read and to parse. */
    static String format(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
