package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import org.junit.jupiter.api.Test;

class PlaceAppositionTest {

    private static String apply(String notation) {
        TaggedSentence sentence = Tagged.sentence(notation);
        EntityType[] types = sentence.types();
        new PlaceApposition().apply(sentence, types);
        return Tagged.notation(sentence, types);
    }

    @Test
    void shouldTypeANameAfterACommaAndAPlaceNounAsAPlace() {
        assertEquals("the southern regions and the capital , Nur-Sultan/LOC .",
                apply("the southern regions and the capital , Nur-Sultan/PER ."));
        assertEquals("the capital , Wellington/LOC , where", apply("the capital , Wellington , where"));
    }

    @Test
    void shouldTypeANameAfterAPlaceNounAndOfAsAPlace() {
        assertEquals("in the town of Yeoncheon/LOC after shelling", apply("in the town of Yeoncheon after shelling"));
        assertEquals("the village of Kfar/LOC Aza/LOC near", apply("the village of Kfar Aza near"));
    }

    @Test
    void shouldLeaveAFullPersonalNameBesideAnOfficeAPerson() {
        assertEquals("the president of the Lombardy/LOC region , Roberto/PER Maroni/PER , said",
                apply("the president of the Lombardy/LOC region , Roberto/PER Maroni/PER , said"));
    }

    @Test
    void shouldLeaveASpeakerAfterACommaAlone() {
        assertEquals("The fire spread through the town , Smith said .",
                apply("The fire spread through the town , Smith said ."));
    }

    @Test
    void shouldNotOverrideAnOrganizationOrCutALongerName() {
        assertEquals("the city of London/ORG Corporation/ORG said", apply("the city of London/ORG Corporation/ORG said"));
        assertEquals("the state of New Mexico State University", apply("the state of New Mexico State University"));
        assertEquals("the state of emergency in Paris/LOC", apply("the state of emergency in Paris/LOC"));
    }
}
