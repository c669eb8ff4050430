package io.newsflow.enrich.figures;

import io.newsflow.core.schema.Figure;
import java.time.LocalDate;
import java.util.List;

/** Placeholder until the figure work lands: finds no figures. */
public final class FigureExtractor {
    public List<Figure> extract(String field, String text, LocalDate publishedAt) {
        return List.of();
    }
}
