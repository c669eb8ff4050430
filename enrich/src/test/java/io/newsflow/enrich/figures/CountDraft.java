package io.newsflow.enrich.figures;

import io.newsflow.core.schema.FigureKind;

/** A count drafted at one number of a text with its counted object, as the scanner has it before the event. */
final class CountDraft {

    private CountDraft() {
    }

    static FigureDraft at(Tokens t, int number) {
        NumberReader numbers = new NumberReader(t);
        NumberSpan n = numbers.readNumber(number);
        FigureDraft f = new FigureDraft(n.first, n.last, FigureKind.COUNT);
        f.value = n.value;
        f.unit = "count";
        new CountedObject(t, numbers).partitiveOrNounObject(f);
        return f;
    }
}
