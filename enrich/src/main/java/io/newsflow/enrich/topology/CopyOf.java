package io.newsflow.enrich.topology;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.PublishedAt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A copy of an enriched article's text under another record: the copy's own fields (id, URL, source, dates, its text
 * as it wrote it) with the first article's entities, figures and places, no NER run. Mentions and figures move to the
 * copy's offsets when its text differs in whitespace, case or quotes only.
 */
final class CopyOf {

    private CopyOf() {
    }

    /** The copy, or null when its text cannot be aligned with the first's (it is then enriched on its own). */
    static EnrichedArticle of(EnrichedArticle first, RawArticle copy, String enrichedAt) {
        List<Entity> entities = first.entities();
        List<Figure> figures = first.figures();
        boolean sameText = Objects.equals(nz(first.title()), nz(copy.title())) && Objects.equals(nz(first.body()), nz(copy.body()));
        if (!sameText) {
            TextAlignment title = TextAlignment.of(first.title(), copy.title());
            TextAlignment body = TextAlignment.of(first.body(), copy.body());
            if (title == null || body == null) {
                return null;
            }
            entities = new ArrayList<>();
            for (Entity e : first.entities()) {
                List<Mention> mentions = new ArrayList<>();
                for (Mention m : e.mentions()) {
                    TextAlignment a = m.field().equals(Mention.TITLE) ? title : body;
                    int[] span = a.span(m.start(), m.end());
                    if (span == null) {
                        return null;
                    }
                    mentions.add(new Mention(m.field(), span[0], span[1], a.text(span)));
                }
                entities.add(new Entity(e.text(), e.type(), e.count(), mentions, e.geo()));
            }
            figures = new ArrayList<>();
            for (Figure f : first.figures()) {
                TextAlignment a = Mention.TITLE.equals(f.field()) ? title : body;
                int[] span = a.span(f.start(), f.end());
                if (span == null) {
                    return null;
                }
                figures.add(new Figure(a.text(span), f.value(), f.unit(), f.object(), f.approx(), f.kind(), f.normalized(),
                        f.event(), f.field(), span[0], span[1], f.location()));
            }
        }
        return EnrichedArticle.of(copy, entities, figures, enrichedAt, first.pipelineVersion())
                .withPublishedAtUtc(PublishedAt.utcInstant(copy.publishedAt()))
                .withPlaces(entities, figures, first.countries(), first.primaryLocation());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
