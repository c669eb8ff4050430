package io.newsflow.enrich.eval;

/**
 * Where a figure went wrong. The first five classes partition the figures that were not matched on span and value:
 * each unmatched gold figure is a missed span or a wrong value (a prediction overlaps it but reads another number or
 * date), each unmatched prediction that overlaps no unmatched gold figure is spurious. The others grade the figures
 * that were matched: their counted object, their event and their kind.
 */
public enum FigureError {
    MISSED_SPAN("missed span", "no prediction overlaps the gold figure"),
    WRONG_VALUE("wrong value", "a prediction overlaps it with another number (or kind)"),
    WRONG_DATE_YEAR("wrong date year", "a date right but for its year"),
    WRONG_DATE("wrong date", "a date wrong in its month, day or extent"),
    SPURIOUS("spurious", "a prediction where the gold has no figure"),
    WRONG_OBJECT("wrong object", "matched, both have an object, they differ"),
    MISSING_OBJECT("missing object", "matched, the gold has an object, the prediction none"),
    SPURIOUS_OBJECT("spurious object", "matched, the prediction has an object, the gold none"),
    WRONG_EVENT("wrong event", "matched, both have an event, they differ"),
    MISSING_EVENT("missing event", "matched, the gold has an event, the prediction none"),
    SPURIOUS_EVENT("spurious event", "matched, the prediction has an event, the gold none"),
    WRONG_KIND("wrong kind", "matched on span and value, another kind");

    private final String label;
    private final String meaning;

    FigureError(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
