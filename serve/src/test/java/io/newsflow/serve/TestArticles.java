package io.newsflow.serve;

import io.newsflow.core.schema.CountryCount;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Enriched articles for the serve tests, built the way enrich would publish them. */
public final class TestArticles {

    private final String id;
    private String title = "A title";
    private String body = "";
    private String publishedAt;
    private int version = 1;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<CountryCount> countries = new ArrayList<>();

    private TestArticles(String id) {
        this.id = id;
    }

    public static TestArticles article(String id) {
        return new TestArticles(id);
    }

    public TestArticles title(String t) {
        title = t;
        return this;
    }

    public TestArticles body(String b) {
        body = b;
        return this;
    }

    public TestArticles published(String at) {
        publishedAt = at;
        return this;
    }

    public TestArticles version(int v) {
        version = v;
        return this;
    }

    /** An entity mentioned {@code count} times, at the body's first occurrence of its text when there is one. */
    public TestArticles entity(EntityType type, String text, int count) {
        return entity(type, text, count, null);
    }

    public TestArticles entity(EntityType type, String text, int count, String country) {
        int at = body.indexOf(text);
        List<Mention> mentions = at >= 0 ? List.of(new Mention(Mention.BODY, at, at + text.length(), text)) : List.of();
        Geo geo = country == null ? null : new Geo(text, country, null, 0, 0, null, "PCLI", 1.0, "test");
        entities.add(new Entity(text, type, count, mentions, geo));
        return this;
    }

    /** A count of people with an event, e.g. 8000 ARREST, optionally where it happened. */
    public TestArticles figure(String text, long value, String event, String location) {
        int at = Math.max(0, body.indexOf(text));
        figures.add(new Figure(text, BigDecimal.valueOf(value), "person", "people", null, FigureKind.COUNT, null, event,
                Mention.BODY, at, at + text.length(), location));
        return this;
    }

    public TestArticles country(String code, int count) {
        countries.add(new CountryCount(code, count));
        return this;
    }

    public EnrichedArticle build() {
        return new EnrichedArticle(id, "https://example.org/" + id, "test", title, body, "en", publishedAt,
                "2026-01-01T00:00:00Z", entities, figures, "2026-01-01T00:00:01Z", "test", null, version, null, null,
                null, null, null, countries, null);
    }
}
