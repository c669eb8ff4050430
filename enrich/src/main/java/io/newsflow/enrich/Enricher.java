package io.newsflow.enrich;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.entities.EntityExtractor;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.geo.Geocoder;
import io.newsflow.enrich.nlp.CoreNlpTagger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link RawArticle} into an {@link EnrichedArticle}. The topology and {@code newsflow annotate} both call
 * this, so what a user tries on the command line is what the pipeline does. Thread-safe.
 */
public final class Enricher {

    public static final String PIPELINE_VERSION = "newsflow-enrich/0.1.0 ner=" + CoreNlpTagger.MODEL;

    private final EntityExtractor entities;
    private final FigureExtractor figures;
    private final Geocoder geocoder;
    private final Clock clock;

    /** An enricher that places articles with the bundled atlas. */
    public Enricher(EntityExtractor entities, FigureExtractor figures, Clock clock) {
        this(entities, figures, Geocoder.standard(), clock);
    }

    public Enricher(EntityExtractor entities, FigureExtractor figures, Geocoder geocoder, Clock clock) {
        this.entities = entities;
        this.figures = figures;
        this.geocoder = geocoder;
        this.clock = clock;
    }

    /** The tagger and grouping this enricher finds entities with (the geocoder's input). */
    public EntityExtractor entities() {
        return entities;
    }

    public EnrichedArticle enrich(RawArticle article) {
        String title = article.title() == null ? "" : article.title();
        String body = article.body() == null ? "" : article.body();
        List<Entity> found = entities.extract(title, body);
        LocalDate published = PublishedAt.localDate(article.publishedAt());
        List<Figure> numbers = new ArrayList<>(figures.extract(Mention.TITLE, title, published));
        numbers.addAll(figures.extract(Mention.BODY, body, published));
        Geocoder.Placed placed = geocoder.place(title, body, found, numbers);
        return EnrichedArticle.of(article, placed.entities(), placed.figures(), clock.instant().toString(), PIPELINE_VERSION)
                .withPlaces(placed.entities(), placed.figures(), placed.countries(), placed.primaryLocation())
                .withPublishedAtUtc(PublishedAt.utcInstant(article.publishedAt()));
    }

    /** The article's date of publication, from an ISO date or date-time; null when absent, unreadable or absurd. */
    public static LocalDate publishedDate(String publishedAt) {
        return PublishedAt.localDate(publishedAt);
    }
}
