package io.newsflow.enrich.figures;

import java.math.BigDecimal;

/** A number read from the tokens first..last (inclusive), before its kind is known, and how it was written. */
final class NumberSpan {

    final int first;
    final int last;
    final BigDecimal value;
    final boolean vague;
    final boolean fraction;
    final boolean ordinal;
    final boolean words;
    final BigDecimal scale;

    NumberSpan(int first, int last, BigDecimal value, boolean vague, boolean fraction, boolean ordinal, boolean words,
               BigDecimal scale) {
        this.first = first;
        this.last = last;
        this.value = value;
        this.vague = vague;
        this.fraction = fraction;
        this.ordinal = ordinal;
        this.words = words;
        this.scale = scale;
    }

    NumberSpan(int first, int last, BigDecimal value, boolean vague, boolean fraction, boolean ordinal, boolean words) {
        this(first, last, value, vague, fraction, ordinal, words, null);
    }

    @Override
    public String toString() {
        return "NumberSpan[" + first + ".." + last + " " + value + (vague ? " vague" : "") + (fraction ? " fraction" : "")
                + (ordinal ? " ordinal" : "") + (words ? " words" : "") + (scale != null ? " scale " + scale : "") + "]";
    }
}
