package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The serve benchmark's articles: copies with ids of their own, spread over time, entities counted as a query finds them. */
class ServeCorpusTest {

    private static EnrichedArticle original(String id, Entity... entities) {
        return new EnrichedArticle(id, "https://example.org/" + id, "test", "Title " + id, "Body.", "en", "2019-01-01",
                "2026-01-01T00:00:00Z", List.of(entities), List.of(), "2026-01-01T00:00:01Z", "test");
    }

    private static Entity entity(EntityType type, String text, int count) {
        return new Entity(text, type, count, List.of(), null);
    }

    @Test
    void shouldReplicateTheOriginalsWithDistinctIdsSpreadOverThirtyDays() {
        ServeCorpus corpus = ServeCorpus.of(List.of(original("a"), original("b")), 6);

        List<EnrichedArticle> articles = corpus.articles();
        assertEquals(6, articles.stream().map(EnrichedArticle::id).distinct().count());
        assertEquals(List.of("Title a", "Title b", "Title a"), articles.subList(0, 3).stream().map(EnrichedArticle::title).toList());
        assertEquals(ServeCorpus.START.toString(), articles.get(0).publishedAtUtc());
        assertEquals(ServeCorpus.START.plus(ServeCorpus.SPAN.dividedBy(6)).toString(), articles.get(1).publishedAtUtc());
        Instant last = Instant.parse(articles.get(5).publishedAtUtc());
        assertEquals(true, last.isBefore(ServeCorpus.START.plus(ServeCorpus.SPAN)));
    }

    @Test
    void shouldCountTheArticlesNamingAnEntityWhateverItsTypeOrCasing() {
        ServeCorpus corpus = ServeCorpus.of(List.of(
                original("a", entity(EntityType.LOCATION, "Kazakhstan", 3), entity(EntityType.PERSON, "Tokayev", 1)),
                original("b", entity(EntityType.MISC, "KAZAKHSTAN", 1))), 4);

        assertEquals(4, corpus.entities().get("kazakhstan").articles(), "every copy of a and b names it");
        assertEquals("Kazakhstan", corpus.entities().get("kazakhstan").text(), "as first written");
        assertEquals(2, corpus.entities().get("tokayev").articles());
        assertEquals(2 * (3 + 1) + 2 * 1, corpus.mentions());
        assertEquals(List.of("Kazakhstan"), corpus.popular(1).stream().map(ServeCorpus.Named::text).toList());
        assertEquals(List.of("Tokayev"), corpus.rare(1).stream().map(ServeCorpus.Named::text).collect(Collectors.toList()));
    }
}
