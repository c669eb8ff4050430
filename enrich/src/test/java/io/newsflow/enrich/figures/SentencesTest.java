package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which sentence each token is in. */
class SentencesTest {

    private static int token(Tokens t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.raw(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void shouldStartANewSentenceAfterAFullStop() {
        Tokens t = Tokens.of("Five died. Police came.");
        Sentences s = new Sentences(t);
        assertNotEquals(s.id(token(t, "Five")), s.id(token(t, "Police")));
    }

    @Test
    void shouldNotEndASentenceAtATitleOrAnInitialism() {
        Tokens t = Tokens.of("Mr. Smith met U.S. officials on Friday.");
        Sentences s = new Sentences(t);
        assertEquals(s.id(token(t, "Mr")), s.id(token(t, "Friday")));
    }

    @Test
    void shouldStartANewSentenceAtAParagraphAndASemicolon() {
        Tokens t = Tokens.of("Five died\n\nTen fled; two hid");
        Sentences s = new Sentences(t);
        assertNotEquals(s.id(token(t, "Five")), s.id(token(t, "Ten")));
        assertNotEquals(s.id(token(t, "Ten")), s.id(token(t, "two")));
    }

    @Test
    void shouldSeeASentenceStartAfterAQuote() {
        Tokens t = Tokens.of("He said: \"Three went\"");
        assertTrue(new Sentences(t).sentenceStart(token(t, "Three")));
    }
}
