package io.newsflow.enrich.geo;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties a count with an event ("16 members of the security forces killed") to where it happened: the most specific
 * place named in the same sentence (a city before a division before a country; the nearest among equals), else
 * the article's primary location.
 */
final class FigurePlacer {

    private FigurePlacer() {
    }

    static List<Figure> place(List<Figure> figures, List<Entity> placed, String primary, String title, String body) {
        int[] titleSentences = Sentences.starts(title);
        int[] bodySentences = Sentences.starts(body);
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            if (f.event() == null) {
                out.add(f);
                continue;
            }
            boolean inTitle = Mention.TITLE.equals(f.field());
            int[] starts = inTitle ? titleSentences : bodySentences;
            int sentence = Sentences.of(starts, f.start());
            String where = null;
            int bestRank = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (Entity e : placed) {
                if (e.geo() == null || !PlaceResolver.isNamedPlace(e.geo())) {
                    continue;
                }
                int rank = e.geo().geonameId() != null ? 2 : e.geo().admin1() != null ? 1 : 0;
                for (Mention m : e.mentions()) {
                    if (!m.field().equals(f.field()) || Sentences.of(starts, m.start()) != sentence) {
                        continue;
                    }
                    int distance = Math.abs(m.start() - f.start());
                    if (rank > bestRank || rank == bestRank && distance < bestDistance) {
                        where = e.text();
                        bestRank = rank;
                        bestDistance = distance;
                    }
                }
            }
            String location = where != null ? where : primary;
            out.add(location == null ? f : f.withLocation(location));
        }
        return out;
    }
}
