package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether a number word is used as a figure. */
class NumberUseTest {

    private static NumberUse use(Tokens t) {
        NumberReader numbers = new NumberReader(t);
        return new NumberUse(t, new Sentences(t), new CountedObject(t, numbers), numbers);
    }

    /** Whether the number at token {@code at} of the text is used as a figure. */
    private static boolean used(String text, int at) {
        Tokens t = Tokens.of(text);
        NumberSpan n = new NumberReader(t).readNumber(at);
        NumberUse use = use(t);
        return n.ordinal ? use.ranks(n) : use.counts(n);
    }

    @Test
    void shouldKnowTheWordsThatStartANumber() {
        Tokens t = Tokens.of("dozens and a quarter of a third term");
        NumberUse use = use(t);
        assertTrue(use.isNumberWord(0));
        assertTrue(use.isNumberWord(2));
        assertFalse(use.isNumberWord(5)); // "a third term": an ordinal, not a fraction
    }

    @Test
    void shouldCountOneBeforeANounButNotAsAPronounOrAMember() {
        assertTrue(used("one soldier died", 0));
        assertFalse(used("no one came", 1));
        assertFalse(used("one of the victims", 0));
    }

    @Test
    void shouldNotCountANumberWordInsideAName() {
        assertFalse(used("the Formula One race", 2));
    }

    @Test
    void shouldRankWithFirstButNotUseItAsAnAdverb() {
        assertTrue(used("the first woman", 1));
        assertFalse(used("she was first elected", 2));
        assertFalse(used("first responders came", 0));
    }

    @Test
    void shouldCountOnlyOneBeforeANounButNotTheOnlyOne() {
        assertTrue(used("they recorded only one studio album", 3));
        assertFalse(used("she is the only one who came", 4));
    }

    @Test
    void shouldReadFirstBeforeAPrepositionOfSequenceAsAnAdverb() {
        assertFalse(used("it was built first as a computer model and then as a robot", 3));
        assertFalse(used("he served first under President Giscard", 2));
        assertTrue(used("the first under the new rules", 1));
    }

    @Test
    void shouldNotCountOneAsThePronounOfAVerbOrOfAnAdjectiveAfterAnArticle() {
        assertFalse(used("if one searches carefully for them", 1));
        assertFalse(used("eventually one reluctantly agreed", 1));
        assertFalse(used("albeit a failed one.", 3));
        assertTrue(used("one species survived", 0));
    }
}
