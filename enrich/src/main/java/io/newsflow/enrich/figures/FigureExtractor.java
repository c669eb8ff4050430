package io.newsflow.enrich.figures;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the figures of one field of an article: counts, money, percentages, durations, dates resolved against the
 * date of publication, times, ages, ordinals, physical quantities and vague amounts ("dozens"), each with its
 * qualifier, counted object and, for counts of people, the event of its clause.
 *
 * <p>Pure Java, no model: a single-pass tokenizer and bounded look-ups in small word lists, so the cost is linear in
 * the text and small beside the NER tagger. Stateless and thread-safe: one instance serves every stream thread.
 */
public final class FigureExtractor {

    public FigureExtractor() {
    }

    /**
     * @param field       "title" or "body", copied into each figure
     * @param text        the field's text; null or empty gives no figures
     * @param publishedAt the article's date of publication, or null: relative dates then have a null {@code normalized}
     * @return the figures in text order, none overlapping; {@code text.substring(start, end)} is each one's text
     */
    public List<Figure> extract(String field, String text, LocalDate publishedAt) {
        return extract(field, text, publishedAt, List.of());
    }

    /**
     * As {@link #extract(String, String, LocalDate)}, but no figure starts inside one of {@code exclude}'s spans of
     * this field: numbers inside names the tagger already found ("G20", "Boeing 737") are not figures.
     */
    public List<Figure> extract(String field, String text, LocalDate publishedAt, Collection<Mention> exclude) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new FigureScanner(field, text, publishedAt, spans(field, exclude)).scan();
    }

    /** The excluded spans of this field as sorted, merged [start, end) pairs. */
    private static int[] spans(String field, Collection<Mention> exclude) {
        if (exclude == null || exclude.isEmpty()) {
            return new int[0];
        }
        List<Mention> mine = new ArrayList<>();
        for (Mention m : exclude) {
            if (m != null && (field == null ? m.field() == null : field.equals(m.field())) && m.end() > m.start()) {
                mine.add(m);
            }
        }
        mine.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int[] out = new int[mine.size() * 2];
        int n = 0;
        for (Mention m : mine) {
            if (n > 0 && m.start() <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], m.end());
            } else {
                out[n++] = m.start();
                out[n++] = m.end();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
