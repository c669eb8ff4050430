package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import org.junit.jupiter.api.Test;

class MentionCleanerTest {

    private static String clean(String notation) {
        TaggedSentence sentence = Tagged.sentence(notation);
        EntityType[] types = sentence.types();
        Rules.CLEANER.clean(sentence, types);
        return Tagged.notation(sentence, types);
    }

    @Test
    void shouldLeaveTitlesOutOfPersonNames() {
        assertEquals("President Putin/PER said", clean("President/PER Putin/PER said"));
        assertEquals("Mr Tokayev/PER said", clean("Mr/PER Tokayev/PER said"));
        assertEquals("former President Nursultan/PER Nazarbayev/PER", clean("former President/PER Nursultan/PER Nazarbayev/PER"));
    }

    @Test
    void shouldStripTwoWordTitlesAndChainedTitles() {
        assertEquals("Secretary General Antonio/PER Guterres/PER",
                clean("Secretary/PER General/PER Antonio/PER Guterres/PER"));
        assertEquals("Bishop Emeritus Dinualdo/PER Gutierrez/PER", clean("Bishop/PER Emeritus/PER Dinualdo/PER Gutierrez/PER"));
    }

    @Test
    void shouldKeepALoneTitleWordThatIsTheWholeName() {
        // "King" alone is all the model found; emptying it would lose the mention rather than clean it.
        assertEquals("the King/PER said", clean("the King/PER said"));
    }

    @Test
    void shouldNotTouchTitleWordsInOtherEntityTypes() {
        assertEquals("President/ORG Hotel/ORG", clean("President/ORG Hotel/ORG"));
    }

    @Test
    void shouldDropPronounsButKeepTheUs() {
        assertEquals("He said", clean("He/PER said"));
        assertEquals("it is", clean("it/ORG is"));
        assertEquals("the US/LOC said", clean("the US/LOC said"));
    }

    @Test
    void shouldTrimPossessivesAndPunctuationAtTheEdges() {
        assertEquals("Kazakhstan/LOC 's capital", clean("Kazakhstan/LOC 's/LOC capital"));
        assertEquals("\" Tokayev/PER \"", clean("\"/PER Tokayev/PER \"/PER"));
        assertEquals("the Interior/ORG Ministry/ORG", clean("the/ORG Interior/ORG Ministry/ORG"));
    }

    @Test
    void shouldKeepPunctuationInsideNames() {
        assertEquals("Procter/ORG &/ORG Gamble/ORG", clean("Procter/ORG &/ORG Gamble/ORG"));
    }

    @Test
    void shouldDropSpansWithoutCapitalOrDigit() {
        assertEquals("the internet grew", clean("the internet/MISC grew"));
        assertEquals("the ex-Soviet/MISC states", clean("the ex-Soviet/MISC states"));
    }

    @Test
    void shouldRetypeAPersonEndingInAPlaceOrOrganizationWord() {
        assertEquals("on Karl/LOC Marx/LOC Avenue/LOC", clean("on Karl/PER Marx/PER Avenue/PER"));
        assertEquals("Abu/ORG Sayyaf/ORG Group/ORG", clean("Abu/PER Sayyaf/PER Group/PER"));
    }

    @Test
    void shouldTrimQuotesPossessivesAndInvisibleCharactersFromMentionText() {
        assertRange("“Tokayev”", 1, 8);
        assertRange("Tokayev’s", 0, 7);
        assertRange("Putin's", 0, 5);
        assertRange("\u200dWikinews\u200d", 1, 9);
        assertRange("U.S.", 0, 4);
        assertRange("(CSTO),", 1, 5);
        assertRange("“”", 2, 2);
    }

    private static void assertRange(String text, int start, int end) {
        int[] range = MentionCleaner.trim(text, 0, text.length());
        if (start == end) {
            assertEquals(range[0], range[1], text);
        } else {
            assertArrayEquals(new int[] {start, end}, range, text);
        }
    }

    @Test
    void shouldNotTakeATimeZoneForAnOrganization() {
        assertEquals("at 14:00 UTC on Monday", clean("at 14:00 UTC/ORG on Monday"));
        assertEquals("the UTC/ORG Group/ORG", clean("the UTC/ORG Group/ORG"));
    }
}
