package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.core.schema.FigureKind;
import org.junit.jupiter.api.Test;

/** The counted object of a count: the first number of the text. */
class CountedObjectTest {

    private Tokens t;

    /** The words of the object the text's first number takes, or null. */
    private String objectOf(String text) {
        t = Tokens.of(text);
        int at = 0;
        while (!t.isNum(at) && !Lexicon.CARDINALS.containsKey(t.lower(at)) && !Lexicon.VAGUE.containsKey(t.lower(at))) {
            at++;
        }
        FigureDraft f = CountDraft.at(t, at);
        return f.objFirst < 0 ? null : text.substring(t.start(f.objFirst), t.end(f.objLast));
    }

    @Test
    void shouldTakeTheNounPhraseAfterTheNumber() {
        assertEquals("makeshift homes", objectOf("200 makeshift homes were destroyed"));
    }

    @Test
    void shouldKeepAnOfPhraseThatSaysWhatIsCounted() {
        assertEquals("members of the security forces", objectOf("16 members of the security forces died"));
    }

    @Test
    void shouldSkipTheDeterminerOfAPartitive() {
        assertEquals("victims", objectOf("dozens of the victims were young"));
    }

    @Test
    void shouldGoOnThroughANounCompound() {
        assertEquals("measles cases", objectOf("3,728 measles cases in total"));
    }

    @Test
    void shouldTakeAStateAfterTheDeterminerOfAPartitiveBeforeAVerb() {
        assertEquals("wounded", objectOf("four of the wounded died in hospital overnight"));
    }

    @Test
    void shouldEndAPluralNounPhraseAtAVerbInS() {
        assertEquals("defendants", objectOf("the trial of the 12 defendants begins next week"));
    }

    @Test
    void shouldTakeAStateAsTheObjectOfABareCount() {
        assertEquals("dead", objectOf("a toll of 27 dead and more"));
    }

    @Test
    void shouldNotTakeAStateThatIsThePredicateOfItsClause() {
        assertNull(objectOf("27 dead in stampede"));
        assertNull(objectOf("4 were killed and 6 wounded"));
    }

    @Test
    void shouldNotTrustASingularNounAfterAPluralNumber() {
        assertNull(objectOf("five different time slot"));
    }

    @Test
    void shouldNotNameAPronounAsTheObject() {
        assertNull(objectOf("two of them were hurt"));
    }

    @Test
    void shouldTurnADeathRateIntoARateQuantity() {
        t = Tokens.of("18.9 deaths per 100,000 people per year");
        FigureDraft f = CountDraft.at(t, 0);
        assertEquals(FigureKind.QUANTITY, f.kind);
        assertEquals("rate", f.unit);
        assertEquals(t.size() - 1, f.last);
    }

    @Test
    void shouldFindTheHeadOfANounPhrase() {
        t = Tokens.of("armed police officers arrived");
        int[] np = new CountedObject(t, new NumberReader(t)).nounPhrase(0, true);
        assertEquals(0, np[0]);
        assertEquals(2, np[1]);
        assertEquals(2, np[2]);
    }
}
