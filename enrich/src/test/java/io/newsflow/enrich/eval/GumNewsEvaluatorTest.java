package io.newsflow.enrich.eval;

import static io.newsflow.core.schema.EntityType.LOCATION;
import static io.newsflow.core.schema.EntityType.MISC;
import static io.newsflow.core.schema.EntityType.ORGANIZATION;
import static io.newsflow.core.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.DictionaryTagger;
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

class GumNewsEvaluatorTest {

    // GUM style: every mention tagged, nouns and pronouns too; a name inside a longer mention has its type.
    private static final String DOCUMENT = String.join("\n",
            "Fishermen\tperson", "near\tO", "the\tplace", "coast\tplace", "of\tplace", "Aceh\tplace", "saw\tO",
            "the\torganization", "Indonesian\torganization", "Navy\torganization", ".\tO", "",
            "They\tperson", "thanked\tO", "Joko\tperson", "Widodo\tperson", "on\tO", "Monday\ttime", ".\tO", "");

    @TempDir
    Path dir;

    @Test
    void shouldScoreANameInsideALongerGoldMentionOfItsTypeAsRight() throws IOException {
        Files.writeString(dir.resolve("GUM_news_a.tsv"), DOCUMENT);
        // Right: Aceh (inside the place), Indonesian Navy (inside the organization). Wrong type: Widodo as a place.
        // Not scored: Monday as MISC.
        DictionaryTagger tagger = new DictionaryTagger(Map.of("Aceh", LOCATION, "Indonesian", ORGANIZATION,
                "Navy", ORGANIZATION, "Widodo", LOCATION, "Monday", MISC));
        NameScore score = GumNewsEvaluator.score(GumNewsEvaluator.read(dir), tagger, null);
        // Found 3, 2 right; gold names: the coast of Aceh, the Indonesian Navy, Joko Widodo (not "Fishermen",
        // which only opens its sentence, nor "They"): 3, 2 found. P = R = 2/3.
        assertEquals(66.67, score.f1(), 0.01);
        assertEquals(100.0, score.f1("ORG"), 0.01);
        assertEquals(0.0, score.f1("PER"), 0.01);
    }

    @Test
    void shouldCountOnlyMentionsWithACapitalizedWordBeyondTheSentenceOpenerAsNames() {
        List<String> words = List.of("They", "met", "the", "Pope", "and", "I", "left", ".");
        assertFalse(NameScore.isName(words, new ConllChunks.Chunk(0, 1, "PER")));
        assertTrue(NameScore.isName(words, new ConllChunks.Chunk(2, 4, "PER")));
        assertFalse(NameScore.isName(words, new ConllChunks.Chunk(5, 6, "PER")));
    }

    @Test
    void shouldRejectBadArgumentsAndMapGumTypesToPerLocOrg() throws IOException {
        Files.writeString(dir.resolve("GUM_news_a.tsv"), DOCUMENT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(2, GumNewsEvaluator.run(List.of(), out));
        assertEquals(2, GumNewsEvaluator.run(List.of(dir.toString(), "--model", "9class"), out));
        assertEquals(1, GumNewsEvaluator.run(List.of(dir.resolve("missing").toString()), out));
        assertEquals("PER", GumNewsEvaluator.mapType("person"));
        assertEquals("LOC", GumNewsEvaluator.mapType("place"));
        assertEquals("O", GumNewsEvaluator.mapType("time"));
    }
}
