package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of sections 1 and 2 on five articles: every line is there and every rate is a positive number. */
class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void shouldReportPositiveRatesForEnrichmentAndTopologyOnAQuickRun() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Path json = tmp.resolve("bench.json");

        int code = Bench.run(new String[] {"--quick", "--only", "1,2", "--samples", "../samples", "--json", json.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

        String out = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, () -> out + stderr.toString(StandardCharsets.UTF_8));
        for (String line : List.of("[1] Enrichment alone, one thread, against plain CoreNLP", "[2] Enrich topology under TopologyTestDriver",
                "| section | measure | value | unit |", "Targets (not judged: --quick numbers are a smoke test",
                "enrichment >= 4x plain CoreNLP tokens/s", "--quick: a smoke test")) {
            assertTrue(out.contains(line), () -> "missing '" + line + "' in:\n" + out);
        }
        for (String verdict : List.of("PASS", "FAIL", "MISS", "[met", "issue #")) {
            assertTrue(!out.contains(verdict), () -> "a quick run prints '" + verdict + "':\n" + out);
        }
        assertTrue(!out.contains("[3]") && !out.contains("[4]") && !out.contains("[5]"), "only the sections asked for run");

        JsonNode doc = Json.MAPPER.readTree(json.toFile());
        Map<String, Double> measures = new HashMap<>();
        doc.path("measures").forEach(m -> measures.put(m.path("key").asText(), m.path("value").asDouble()));
        assertEquals(5.0, measures.get("workload.articles"));
        for (String key : List.of("workload.tokens", "enrich.enricher.tokens_per_s", "enrich.enricher.articles_per_s",
                "enrich.corenlp.tokens_per_s", "enrich.corenlp.articles_per_s", "enrich.vs_corenlp.ratio",
                "enrich.tagger.ms_per_article", "enrich.figures.ms_per_article", "enrich.json.ms_per_article",
                "topology.articles_per_s", "topology.vs_enricher.ratio")) {
            assertNotNull(measures.get(key), () -> key + " missing from " + measures.keySet());
            assertTrue(measures.get(key) > 0, () -> key + " = " + measures.get(key));
        }
        JsonNode firstTarget = doc.path("targets").get(0);
        assertTrue(firstTarget.path("met").isBoolean(), "the CoreNLP ratio target is judged: " + firstTarget);
        assertTrue(doc.path("targets").get(4).path("met").isNull(), "the threads target is not, section 5 did not run");
    }

    @Test
    void shouldHandAForkedSectionTheUsersOptionsButNotTheSectionsOrTheJsonFile() {
        assertEquals(List.of("--quick", "--samples", "s", "--articles=3"), ForkedSection.withoutSectionsAndJson(
                new String[] {"--quick", "--only", "2,3", "--samples", "s", "--json=b.json", "--articles=3", "--only=5", "--json", "x"}));
    }

    @Test
    void shouldRefuseAnUnknownSection() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Bench.run(new String[] {"--only", "1,8"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("--only"), stderr::toString);
    }
}
