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

    @Test
    void shouldTakeTheEventOfTheSubjectOfAVerbOfAmount() {
        assertEquals("KILL", eventOf("The death toll from a car bombing outside a restaurant in the capital Mogadishu"
                + " rose to 19 after four of the wounded died"));
        assertEquals("AFFECT", eventOf("Officials said the number of confirmed measles cases has climbed to 47"));
        assertEquals("ARREST", eventOf("The number of people arrested reached 120 on Sunday"));
    }

    @Test
    void shouldLetThePartOfAStateTakeItsOwnPredicate() {
        assertEquals("KILL", eventOf("The source said 2 of the wounded had died on Saturday"));
        assertEquals("KILL", eventOf("4 of the deceased were from overseas"));
    }

    @Test
    void shouldNotReadTheMonthMarchAsAProtest() {
        assertNull(eventOf("Charges against 3 were withdrawn, and 2 others were acquitted in March"));
    }

    @Test
    void shouldReadRecoveredAsAffectedOnlyInAnEpidemic() {
        assertEquals("KILL", eventOf("The bodies of 3 children were recovered from the rubble"));
        assertEquals("AFFECT", eventOf("More than 1,020 patients have recovered from cholera"));
    }

    @Test
    void shouldReadPeopleLeftWithoutHomesOrFallenIllAsAffected() {
        assertEquals("AFFECT", eventOf("The quake left about 2,300 without homes"));
        assertEquals("AFFECT", eventOf("In the county 212 people have fallen ill"));
        assertEquals("WOUND", eventOf("Another 17 were flown to hospitals in Lima"));
    }

    @Test
    void shouldTakeThePredicateAfterAnApposition() {
        assertEquals("KILL", eventOf("3 of the captives, two elderly men and a teenage boy, died during the ordeal"));
        assertEquals("WOUND", eventOf("The 2 other victims, a tram driver and a man in his fifties, suffered injuries"));
    }

    @Test
    void shouldGiveTheWholeOfAPartitionItsOwnParticiple() {
        assertEquals("ARREST", eventOf("Of the 58 people detained, 41 were taken to prison"));
        assertEquals("WOUND", eventOf("Of the 123 people injured, 17 were flown to hospitals"));
    }

    @Test
    void shouldTakeTheEventOfATallyBroughtToACount() {
        assertEquals("KILL", eventOf("The shooting brought the number of homicides in the city this year to 52"));
    }

    @Test
    void shouldGiveNoEventToAPopulationOrToPeopleReleased() {
        assertNull(eventOf("Tuzla, home to 110,000 people, saw the protest grow"));
        assertNull(eventOf("Police said 6 of them were released on Saturday"));
    }

    @Test
    void shouldReadTreatmentAsAWoundOrAnIllness() {
        assertEquals("WOUND", eventOf("Doctors said 12 were being treated for burns"));
        assertEquals("AFFECT", eventOf("Health workers said 87 were receiving treatment for cholera"));
        assertEquals("AFFECT", eventOf("Tests confirmed Legionella bacteria in samples from 41 patients"));
    }

    @Test
    void shouldReadPeopleCutOffOrTakingRefugeAsTheDisasterLeftThem() {
        assertEquals("AFFECT", eventOf("The bridge collapsed, cutting off an estimated 5,000 people"));
        assertEquals("EVACUATE", eventOf("About 60 people took refuge in a church"));
    }

    @Test
    void shouldReadTheCountsOfAReportOnAnOutbreakAsPatients() {
        assertEquals("AFFECT", eventOf("The cholera outbreak grew. The disease spread through the camp, where the virus "
                + "was first found in an infection. Many patients went home, and 87 were receiving treatment."));
        assertEquals("WOUND", eventOf("After the crash 87 were receiving treatment"));
    }

    @Test
    void shouldTakeTheNounThatGovernsACoordinatedCount() {
        assertEquals("KILL", eventOf("The bodies of a couple and their 3 children were recovered from the rubble"));
    }

    @Test
    void shouldReadRoundedUpAsAnArrestButNotRoundsFired() {
        assertEquals("ARREST", eventOf("Police rounded up 40 men"));
        assertNull(eventOf("At least 2 gunmen fired more than thirty rounds before driving away"));
    }

    @Test
    void shouldReadThePredicateAfterMoreOrAfterOfWhom() {
        assertEquals("KILL", eventOf("2 more, a woman and a nine-year-old girl, died on the way to hospital"));
        assertNull(eventOf("Police detained nine people, 6 of whom were released"));
    }

    @Test
    void shouldGiveAPopulationOnlyTheEventOfItsNoun() {
        assertNull(eventOf("Tuzla, an industrial city of 110,000 people, turned out to protest"));
        assertNull(eventOf("The mother of 4 was among those abducted"));
        assertEquals("EVACUATE", eventOf("The camps are home to 230,000 refugees"));
    }

    @Test
    void shouldNotReadAnEscapeAsDisplacement() {
        assertNull(eventOf("Police said 2 gunmen fired shots before fleeing in a dark sedan"));
        assertEquals("EVACUATE", eventOf("About 2,000 villagers fled the fighting"));
    }

    @Test
    void shouldReadAdmittedAsIllOrHurtOnlyWhereItMeansAHospital() {
        assertEquals("WOUND", eventOf("After the crash 5 were admitted to hospital"));
        assertNull(eventOf("The 2 men admitted their guilt"));
    }

    @Test
    void shouldGiveNoEventToTwoOutcomesJoinedOverAnAuxiliary() {
        assertNull(eventOf("More than 900 migrants have died or gone missing since January"));
    }

    @Test
    void shouldGiveNoEventToTheRescuedOrTheSurvivorsOrASuspendedSentence() {
        assertNull(eventOf("Of the 18 who were trapped, 11 have been rescued and four bodies have been recovered"));
        assertNull(eventOf("Six killed, 11 survive as helicopter crashes"));
        assertNull(eventOf("2 council employees were given suspended sentences"));
    }

    @Test
    void shouldLetTheOwnPredicateOutrankAStateInTheObject() {
        assertEquals("KILL", eventOf("The toll rose after 2 injured passengers died on the way to hospital"));
        assertEquals("WOUND", eventOf("3 of the freed guards were taken to hospital with stab wounds"));
    }

    @Test
    void shouldGiveTheWholeTheEventOfItsRelativeClause() {
        assertEquals("KILL", eventOf("Five of the 7 inmates who died had been stabbed"));
    }

    @Test
    void shouldFindTheWholeOfAPartitionAfterAPossessive() {
        assertNull(eventOf("In all, forty of the school's 812 students fell ill"));
    }

    @Test
    void shouldReadACriticalConditionAmongTheWoundedAsAWound() {
        assertEquals("WOUND", eventOf("Of the seven wounded, 2 were in critical condition"));
        assertNull(eventOf("The 3 passengers are in critical condition"));
    }

    @Test
    void shouldReadAStrikeOfWorkersAsAProtest() {
        assertEquals("PROTEST", eventOf("Hundreds of thousands of workers, 200,000 by one count, joined the general strike"));
    }

    @Test
    void shouldReadTreatmentForAnIllnessAsAffected() {
        assertEquals("AFFECT", eventOf("The hospital has treated 600 people for heat-related illness"));
    }

    @Test
    void shouldLetTheOwnPredicateOfPeopleInAStateSayWhatBecameOfThem() {
        assertEquals("WOUND", eventOf("The 3 other hostages were taken to hospital suffering from shock"));
        assertNull(eventOf("By noon 12 hostages were freed"));
        assertNull(eventOf("Negotiators secured the release of 2 more hostages"));
        assertEquals("KILL", eventOf("The toll rose after 2 of the critically injured, a woman and a boy, died"));
    }

    @Test
    void shouldGiveAPartTheEventOfAWholeNamedByAnOutcome() {
        assertEquals("KILL", eventOf("Of the forty deaths, 15 occurred in the community"));
        assertNull(eventOf("Of the thirty people detained, 9 were minors"));
    }

    @Test
    void shouldStopAtAConjunctionThatOpensAnotherClause() {
        assertNull(eventOf("The fire killed seven as 200 people jumped into the sea"));
        assertEquals("KILL", eventOf("The blast killed as many as 30 people"));
        assertEquals("WOUND", eventOf("Officials said 90 civilians were wounded, as were 17 soldiers"));
    }

    @Test
    void shouldLetAGerundTakeTheCountAsItsObject() {
        assertNull(eventOf("A fire broke out, killing seven and forcing 40 passengers to jump"));
        assertEquals("KILL", eventOf("The blast killed 14, including 5 soldiers"));
    }

    @Test
    void shouldReadTheVerbOfAnotherOutcomeAndItsNegation() {
        assertEquals("KILL", eventOf("Of the runners, 1 did not survive"));
        assertEquals("ARREST", eventOf("Police have recaptured 41 of the inmates"));
        assertNull(eventOf("Police said 12 had been convicted of murder"));
        assertEquals("AFFECT", eventOf("The company will lay off 2,300 workers"));
        assertEquals("PROTEST", eventOf("About 3,000 workers walked out on Tuesday"));
        assertEquals("AFFECT", eventOf("Officials said 140,000 customers lost power"));
        assertEquals("WOUND", eventOf("Doctors said 2 remain in intensive care"));
        assertEquals("ARREST", eventOf("Researchers recorded 2,140 cases of arbitrary detention"));
        assertEquals("AFFECT", eventOf("The group documented 318 disappearances"));
    }

    @Test
    void shouldTakeTheEventOfTheCasesThatTopACount() {
        assertEquals("AFFECT", eventOf("Cholera cases top 3,800 as deaths reach 41"));
    }
}
