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

    @Test
    void shouldEndTheNounPhraseAtALineBreak() {
        assertEquals("dice", objectOf("Dozens of dice\n\n\nProfessional cosplayer Candace Windfall as Catwoman"));
    }

    @Test
    void shouldTakeTheSingularNounAfterOneAndLeaveTheVerbInS() {
        assertEquals("source", objectOf("one source claims that she stayed"));
        assertNull(objectOf("if one searches carefully for them"));
        assertEquals("species", objectOf("one species survived"));
    }

    @Test
    void shouldNotJoinAConjunctThatHasANumberOfItsOwn() {
        assertEquals("terms", objectOf("senators would be limited to two terms and representatives to three"));
        assertEquals("men and women", objectOf("thousands of men and women marched"));
    }

    @Test
    void shouldKeepTheHeadOfACompoundBeforeAParticle() {
        assertEquals("passers-by", objectOf("two passers-by were hurt"));
    }

    @Test
    void shouldTakeAnAdverbThatModifiesAPluralNoun() {
        assertEquals("home matches", objectOf("he won four home matches"));
        assertEquals("earlier deaths", objectOf("linked to two earlier deaths"));
    }

    @Test
    void shouldLeaveOutAnOfPhraseThatNamesATime() {
        assertEquals("prominent eugenicists", objectOf("two prominent eugenicists of the period"));
        assertEquals("members of the security forces", objectOf("16 members of the security forces died"));
    }

    @Test
    void shouldKnowIrregularPluralsAndFaculty() {
        assertEquals("alumni", objectOf("with over 100,000 alumni"));
        assertEquals("part-time faculty and staff", objectOf("more than 600 part-time faculty and staff"));
    }

    @Test
    void shouldShareALaterHeadAcrossHyphenatedModifiers() {
        assertEquals("students", objectOf("16,000 full-time and 40,000 part-time students enroll"));
    }

    @Test
    void shouldCountAPluralPossessor() {
        assertEquals("doctors", objectOf("cases with two doctors' approval"));
        assertEquals("districts", objectOf("the area's 12 districts"));
    }

    @Test
    void shouldReadThoseBeforeAPluralNounAsADeterminer() {
        assertEquals("patients", objectOf("the disease in 96 of those patients"));
        assertNull(objectOf("two of those arrested were released"));
    }

    @Test
    void shouldLeaveOutAnOfPhraseWithADeterminerUnlessItIsTheGroupOfAMember() {
        assertEquals("demands", objectOf("it was among the five demands of the protesters"));
        assertEquals("counts of torture", objectOf("they faced twelve counts of torture"));
        assertEquals("members of the security forces", objectOf("16 members of the security forces died"));
        assertEquals("pressure", objectOf("dozens of the pressure of Earth's atmosphere"));
    }

    @Test
    void shouldJoinASingularNounToABareOfPhrase() {
        assertEquals("counts of torture and false imprisonment",
                objectOf("they faced twelve counts of torture and false imprisonment, and more"));
        assertEquals("rounds of ammunition", objectOf("police fired 300 rounds of ammunition and two grenades"));
    }
}
