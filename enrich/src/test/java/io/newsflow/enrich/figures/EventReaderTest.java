package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The event of a count's clause; the count is the first number token and its object what follows. */
class EventReaderTest {

    private static String eventOf(String text) {
        Tokens t = Tokens.of(text);
        int at = 0;
        while (!t.isNum(at)) {
            at++;
        }
        return new EventReader(t, new Sentences(t)).event(CountDraft.at(t, at));
    }

    @Test
    void shouldFindThePastFormOfAPresentOrProgressiveVerb() {
        assertEquals("infected", EventReader.pastForm("infects"));
        assertEquals("displaced", EventReader.pastForm("displaces"));
        assertEquals("evacuated", EventReader.pastForm("evacuating"));
        assertEquals("trapped", EventReader.pastForm("trapping"));
        assertEquals("displaced", EventReader.pastForm("displace"));
    }

    @Test
    void shouldLetAnOutcomeNounDecide() {
        assertEquals("KILL", eventOf("Police reported 6 deaths after the arrests"));
    }

    @Test
    void shouldTakeTheCountsOwnPredicate() {
        assertEquals("EVACUATE", eventOf("About 35 were evacuated while others were killed"));
    }

    @Test
    void shouldTakeTheVerbBeforeTheCount() {
        assertEquals("ARREST", eventOf("Police arrested 20 protesters near the bridge"));
    }

    @Test
    void shouldTakeTheNearerCueWhenThereAreTwo() {
        assertEquals("WOUND", eventOf("The blast that killed none injured 12 people"));
    }

    @Test
    void shouldReadTheStateInTheObject() {
        assertEquals("WOUND", eventOf("They found 25 wounded people"));
    }

    @Test
    void shouldNotLookPastTheSentence() {
        assertNull(eventOf("Officers killed one gunman. 30 people watched"));
    }

    @Test
    void shouldNotTakeAParticipleDescribingAThingForTheEvent() {
        assertNull(eventOf("It was rammed with a captured truck, followed by 2 gunmen"));
    }

    @Test
    void shouldEndACountsOwnPredicateAtItsComma() {
        assertNull(eventOf("At least 45 were aboard, with many passengers trapped for hours"));
        assertNull(eventOf("Officials said 35 were rescued, some of whom were hospitalised"));
    }

    @Test
    void shouldReadACountsPredicatePastAParentheticalBeforeItsWord() {
        assertEquals("KILL", eventOf("Only 1 was, according to the police, among the dead"));
    }

    @Test
    void shouldGiveNoEventToTheExceptionOfAllBut() {
        assertNull(eventOf("All but 2 of the 40 climbers died in the storm"));
    }

    @Test
    void shouldGiveTheCrowdAProtestDrewThatProtest() {
        assertEquals("PROTEST", eventOf("The city saw weekend protests, one of which drew 300,000 people"));
    }

    @Test
    void shouldNotGiveAnotherCrowdTheEventOfItsSubject() {
        assertNull(eventOf("The memorial for those killed drew 3,000 people"));
    }

    @Test
    void shouldReadPeopleInNeedAsAffected() {
        assertEquals("AFFECT", eventOf("The agency said 60,000 people are in need of food and water"));
    }

    @Test
    void shouldNotReadTheNounOfAWholeAsAVerbForm() {
        assertNull(eventOf("He pleaded guilty to 9 out of 12 federal charges on Monday"));
    }
}
