package io.newsflow.core.schema;

/** What a number in the text is, after OntoNotes' numeric types and GDELT's counts. */
public enum FigureKind {
    COUNT, MONEY, PERCENT, DURATION, DATE, TIME, AGE, ORDINAL, QUANTITY, VAGUE
}
