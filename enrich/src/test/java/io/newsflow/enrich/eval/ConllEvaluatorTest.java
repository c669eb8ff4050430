package io.newsflow.enrich.eval;

import static io.newsflow.core.schema.EntityType.LOCATION;
import static io.newsflow.core.schema.EntityType.ORGANIZATION;
import static io.newsflow.core.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.DictionaryTagger;
import io.newsflow.enrich.entities.TagRefiner;
import io.newsflow.enrich.nlp.EntityTagger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllEvaluatorTest {

    private static final String FILE = """
            -DOCSTART- O

            John I-PER
            Smith I-PER
            visited O
            Paris I-LOC
            . O

            NATO I-ORG
            hired O
            Mary I-PER
            . O
            """;

    // "The model": right on the people, wrong type for Paris, misses NATO (which the gazetteer knows).
    private static final EntityTagger MODEL =
            new DictionaryTagger(Map.of("John", PERSON, "Smith", PERSON, "Paris", ORGANIZATION, "Mary", PERSON));

    @TempDir
    Path dir;

    private record Run(int status, List<String> lines) {
        String last() {
            return lines.get(lines.size() - 1);
        }
    }

    private Run run(EntityTagger tagger, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ConllEvaluator.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8), tagger,
                "dictionary", TagRefiner.standard());
        return new Run(status, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private String file() throws IOException {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, FILE);
        return file.toString();
    }

    @Test
    void shouldScoreTheModelAloneWithRaw() throws IOException {
        Run run = run(MODEL, file(), "--raw");
        assertEquals(0, run.status());
        // 4 gold, 3 found, 2 correct: P 66.67, R 50.00; tokens right 7 of 9 (Paris and NATO wrong)
        assertTrue(run.lines().contains("accuracy:  77.78%; precision:  66.67%; recall:  50.00%; FB1:  57.14"), run::toString);
        assertEquals("F1 57.14", run.last());
    }

    @Test
    void shouldScoreTheFullPipelineByDefault() throws IOException {
        Run run = run(MODEL, file());
        assertEquals(0, run.status());
        // The gazetteer adds NATO: 4 found, 3 correct.
        assertEquals("F1 75.00", run.last());
        assertTrue(run.lines().get(0).contains("1 documents, 2 sentences, 9 tokens, gold scheme IO"), run::toString);
    }

    @Test
    void shouldRunTheRealTaggerOnAFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ConllEvaluator.run(List.of(file()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, status);
        assertTrue(lines.get(lines.size() - 1).matches("F1 \\d+\\.\\d\\d"), lines::toString);
    }

    @Test
    void shouldRejectBadArguments() throws IOException {
        assertEquals(2, run(MODEL).status());
        assertEquals("usage: newsflow eval conll FILE [--raw] [--model combined|3class|4class]", run(MODEL).last());
        assertEquals(2, run(MODEL, file(), "--fast").status());
        assertEquals(2, run(MODEL, file(), file()).status());
        assertEquals(1, run(MODEL, dir.resolve("missing.conll").toString()).status());
    }
}
