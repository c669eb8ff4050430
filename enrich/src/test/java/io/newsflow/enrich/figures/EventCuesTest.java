package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The event a word signals where it stands. */
class EventCuesTest {

    /** The cue of the first token that is the given word. */
    private static String cueOf(String text, String word) {
        Tokens t = Tokens.of(text);
        for (int k = 0; k < t.size(); k++) {
            if (t.isWord(k) && t.raw(k).equals(word)) {
                return new EventCues(t, new Sentences(t)).cue(k);
            }
        }
        throw new IllegalArgumentException(word + " is not in: " + text);
    }

    @Test
    void shouldFindThePastFormOfAPresentOrProgressiveVerb() {
        assertEquals("infected", EventCues.pastForm("infects"));
        assertEquals("displaced", EventCues.pastForm("displaces"));
        assertEquals("evacuated", EventCues.pastForm("evacuating"));
        assertEquals("trapped", EventCues.pastForm("trapping"));
        assertEquals("displaced", EventCues.pastForm("displace"));
    }

    @Test
    void shouldReadAHospitalAsAPatientsStateOnlyAfterAPreposition() {
        assertEquals("WOUND", cueOf("Five were taken to a local hospital", "hospital"));
        assertNull(cueOf("The hospital has 40 doctors", "hospital"));
    }

    @Test
    void shouldReadAHospitalInAReportOnADiseaseAsIllness() {
        assertEquals("AFFECT", cueOf("Forty measles patients are in hospital", "hospital"));
    }

    @Test
    void shouldSettleThatTheReleasedAndTheRescuedHaveNoEvent() {
        assertEquals(EventCues.NO_EVENT, cueOf("Six were released", "released"));
        assertEquals(EventCues.NO_EVENT, cueOf("Eleven have been rescued", "rescued"));
    }

    @Test
    void shouldReadRecoveredAsAnIllnessOnlyInTheActiveVoice() {
        assertNull(cueOf("The bodies were recovered", "recovered"));
        assertEquals("AFFECT", cueOf("Twenty patients have recovered", "recovered"));
    }

    @Test
    void shouldReadAnAttackAsAnAttackAndTheMonthMarchAsNoProtest() {
        assertEquals(EventCues.ATTACK, cueOf("Three were shot", "shot"));
        assertNull(cueOf("They were acquitted in March", "March"));
        assertEquals("PROTEST", cueOf("They will march on Sunday", "march"));
    }
}
