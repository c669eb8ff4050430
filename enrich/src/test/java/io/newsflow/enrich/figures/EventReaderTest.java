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
            if (at >= t.size()) {
                throw new IllegalArgumentException("no number in digits: " + text);
            }
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

    @Test
    void shouldGiveAnAttackTheOutcomeReportedAfterIt() {
        assertEquals("KILL", eventOf("5 people were shot dead at a checkpoint"));
        assertEquals("KILL", eventOf("Police fatally shot 2 men"));
        assertEquals("WOUND", eventOf("3 students were shot on Tuesday. All three were taken to hospital."));
        assertEquals("KILL", eventOf("2 guards were stabbed at the prison on Monday. Both died of their wounds."));
        assertEquals("WOUND", eventOf("A man stabbed 5 people on a train. Officials said all are expected to survive."));
        assertEquals("KILL", eventOf("2 people were shot and killed on Monday night"));
    }

    @Test
    void shouldGiveNoEventToAnAttackWithNoOutcomeOrAShotFiredAt() {
        assertNull(eventOf("Police shot at 3 men near the bridge"));
        assertNull(eventOf("3 people were attacked in the park. The police are investigating."));
    }

    @Test
    void shouldReadIdiomsOfDeathFlightAndProtest() {
        assertEquals("KILL", eventOf("More than 60 people lost their lives"));
        assertEquals("EVACUATE", eventOf("Floods forced 20,000 people from their homes"));
        assertEquals("PROTEST", eventOf("10,000 people took to the streets"));
    }

    @Test
    void shouldReadTheEventOfTheSubjectOfInclude() {
        assertEquals("KILL", eventOf("The dead include 5 foreign tourists"));
    }

    @Test
    void shouldReadAHospitalAsAPatientsStateOnlyAfterAPreposition() {
        assertEquals("WOUND", eventOf("After the crash 5 people were taken to a local hospital"));
        assertEquals("WOUND", eventOf("Police said 4 remain in hospital"));
        assertNull(eventOf("The hospital has 40 doctors and nurses"));
    }

    @Test
    void shouldNotReadFleeingTheSceneAsDisplacement() {
        assertNull(eventOf("Police are looking for 3 men who fled the scene"));
    }
}
