package io.newsflow.enrich.figures;

import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;

/**
 * A figure being built by the readers: its token span (indices inclusive), what is known of its value, unit, kind,
 * object and event so far. A draft without a kind marks tokens to skip (a label, a number that counts nothing).
 */
final class FigureDraft {

    int first;
    int last;
    BigDecimal value;
    String unit;
    String approx;
    FigureKind kind;
    String normalized;
    String event;
    int numFirst;
    int objFirst = -1;
    int objLast = -1;
    int head = -1;
    BigDecimal scale; // the multiplier a scale word applied ("7 billion"), shared with a range's first end
    BigDecimal factor = BigDecimal.ONE; // unit factor of a duration ("decades" = 10 years)
    String iso; // the ISO-8601 designator of a duration, with its "T" when it has one ("Y", "TH")

    FigureDraft(int first, int last, FigureKind kind) {
        this.first = first;
        this.last = last;
        this.numFirst = first;
        this.kind = kind;
    }

    /** Tokens first..last hold no figure and are passed over. */
    static FigureDraft skip(int first, int last) {
        return new FigureDraft(first, last, null);
    }

    /** Whether this draft is a figure, not a span to pass over. */
    boolean isFigure() {
        return kind != null;
    }
}
