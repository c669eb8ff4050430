package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import io.newsflow.enrich.nlp.CoreNlpTagger;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The extractor on all 171 bundled Wikinews articles: offsets, clean mentions, consistent entities. */
class WikinewsEntitiesTest {

    private static final Logger LOG = LoggerFactory.getLogger(WikinewsEntitiesTest.class);
    static final Path CSV = Path.of("../samples/wikinews/wikinews_2019.csv");

    record Article(String title, String text, List<Entity> entities) {
    }

    private static final List<Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void extractAll() throws IOException {
        List<Map<String, String>> rows = readCsv();
        EntityExtractor extractor = EntityExtractors.coreNlp();
        extractor.extract("", "Warm-up in London."); // model load out of the timing
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (Map<String, String> row : rows) {
            ARTICLES.add(new Article(row.get("title"), row.get("text"), extractor.extract(row.get("title"), row.get("text"))));
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        long tokens = ARTICLES.stream().mapToLong(a -> tokens(a.title()) + tokens(a.text())).sum();
        LOG.info("{} articles, {} tokens: {} s CPU ({} tokens/s), {} s wall ({} tokens/s), one thread",
                ARTICLES.size(), tokens, String.format("%.2f", cpuSeconds), Math.round(tokens / cpuSeconds),
                String.format("%.2f", wallSeconds), Math.round(tokens / wallSeconds));
    }

    static List<Map<String, String>> readCsv() throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(CSV.toFile())) {
            return rows.readAll();
        }
    }

    private static long tokens(String text) {
        return CoreNlpTagger.shared().tag(text).stream().mapToLong(TaggedSentence::size).sum();
    }

    @Test
    void shouldReadAllArticles() {
        assertEquals(171, ARTICLES.size());
        assertTrue(ARTICLES.stream().allMatch(a -> !a.entities().isEmpty()));
    }

    @Test
    void shouldGiveExactOffsetsForEveryMention() {
        for (Article article : ARTICLES) {
            for (Entity entity : article.entities()) {
                for (Mention m : entity.mentions()) {
                    String field = switch (m.field()) {
                        case Mention.TITLE -> article.title();
                        case Mention.BODY -> article.text();
                        default -> throw new AssertionError("field " + m.field());
                    };
                    assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= field.length(), m::toString);
                    assertEquals(field.substring(m.start(), m.end()), m.text());
                }
            }
        }
    }

    @Test
    void shouldProduceCleanMentions() {
        Set<String> titles = Set.of("Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Senator");
        for (Article article : ARTICLES) {
            for (Entity entity : article.entities()) {
                for (Mention m : entity.mentions()) {
                    String text = m.text();
                    assertEquals(text.strip(), text, "untrimmed " + m);
                    assertFalse(isEdge(text.charAt(0)) || isEdge(text.charAt(text.length() - 1)), "ragged " + m);
                    assertFalse(text.endsWith("'s") || text.endsWith("’s"), "possessive " + m);
                    assertFalse(MentionCleaner.isPronoun(text), "pronoun " + m);
                    if (entity.type() == EntityType.PERSON && text.contains(" ")) {
                        assertFalse(titles.contains(text.substring(0, text.indexOf(' '))), "title in " + m);
                    }
                }
            }
        }
    }

    @Test
    void shouldGroupMentionsIntoConsistentEntities() {
        for (Article article : ARTICLES) {
            List<Entity> entities = article.entities();
            for (Entity entity : entities) {
                assertEquals(entity.mentions().size(), entity.count());
                assertTrue(entity.mentions().stream().anyMatch(m -> EntityGrouper.surface(m.text()).equals(entity.text())),
                        () -> entity + " is named by one of its mentions");
                for (int i = 1; i < entity.mentions().size(); i++) {
                    assertTrue(TypedMention.compare(entity.mentions().get(i - 1), entity.mentions().get(i)) < 0);
                }
            }
            for (int i = 1; i < entities.size(); i++) {
                assertTrue(TypedMention.compare(entities.get(i - 1).mentions().get(0), entities.get(i).mentions().get(0)) < 0,
                        "entities ordered by first mention in " + article.title());
            }
            assertEquals(entities.size(), entities.stream().map(e -> EntityGrouper.key(e.text()) + e.type()).distinct().count(),
                    "one entity per name and type in " + article.title());
        }
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || "\"“”‘’«»()[],;:".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT;
    }
}
