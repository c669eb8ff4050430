package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a section that works inside the JVM (the topology, the pipeline on the in-JVM broker, the threads) in a fresh
 * JVM of its own, and merges its numbers back. In one JVM, each section ran on code the sections before it had
 * compiled and profiled: the pipeline, measured after the topology under TopologyTestDriver, spent about 30% more
 * CPU per article in its stream threads than when measured alone, which made the end-to-end ratio depend on the
 * order of the sections. The child's output goes straight to ours, as it comes.
 */
final class ForkedSection {

    /** Section 1's Enricher rate, handed to the child: it sizes the runs and the topology's ratio. */
    static final String ENRICHER_RATE_PROPERTY = "newsflow.bench.enricher-rate";

    private ForkedSection() {
    }

    static void run(Section section, BenchContext ctx, String[] args) throws IOException, InterruptedException {
        Path json = ctx.scratch().resolve("section-" + section.number() + ".json");
        List<String> command = ChildJvm.command(arg -> true);
        ctx.results().get(BenchContext.ENRICHER_RATE)
                .ifPresent(rate -> command.add("-D" + ENRICHER_RATE_PROPERTY + "=" + rate));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ForkedSection.class.getName(),
                Integer.toString(section.number()), json.toString()));
        command.addAll(withoutSectionsAndJson(args));
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (Files.isRegularFile(json)) {
            merge(ctx.results(), json);
        }
        if (code != 0) {
            throw new IllegalStateException("section " + section.number() + "'s JVM exited with code " + code);
        }
    }

    /** The user's options minus --only and --json, which the parent keeps for itself. */
    static List<String> withoutSectionsAndJson(String[] args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--only") || a.equals("--json")) {
                i++;
            } else if (!a.startsWith("--only=") && !a.startsWith("--json=")) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static void merge(Results results, Path json) throws IOException {
        JsonNode doc = Json.MAPPER.readTree(json.toFile());
        for (JsonNode m : doc.path("measures")) {
            results.merge(new Results.Row(m.path("section").asInt(), m.path("key").asText(), m.path("label").asText(),
                    m.path("value").asDouble(), m.path("unit").asText()));
        }
        for (JsonNode n : doc.path("notes")) {
            results.mergeNote(n.asText());
        }
    }

    /** The child: {@code <section> <json> <bench options...>}; exits 0, or 1 when the section failed. */
    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "bench-logback.xml");
        }
        int number = Integer.parseInt(args[0]);
        Path json = Path.of(args[1]);
        BenchOptions options = BenchOptions.parse(Arrays.copyOfRange(args, 2, args.length), System.out);
        Section section = Bench.SECTIONS.stream().filter(s -> s.number() == number).findFirst().orElseThrow();
        Results results = new Results(System.out);
        String rate = System.getProperty(ENRICHER_RATE_PROPERTY);
        if (rate != null) {
            results.merge(new Results.Row(1, BenchContext.ENRICHER_RATE, "Enricher.enrich, 1 thread",
                    Double.parseDouble(rate), "articles/s"));
        }
        int code = 0;
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("newsflow-bench-section-");
            section.run(new BenchContext(options, Bench.budget(options), results, System.out, scratch));
        } catch (Exception | Error e) {
            results.note(number, "FAILED: " + e);
            e.printStackTrace();
            code = 1;
        }
        try {
            results.writeJson(json);
        } catch (IOException e) {
            e.printStackTrace();
            code = 1;
        }
        if (scratch != null) {
            Bench.deleteTree(scratch);
        }
        System.out.flush();
        System.exit(code);
    }
}
