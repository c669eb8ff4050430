package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import org.junit.jupiter.api.Test;

class HonorificRuleTest {

    private static String apply(String notation) {
        TaggedSentence sentence = Tagged.sentence(notation);
        EntityType[] types = sentence.types();
        Rules.HONORIFICS.apply(sentence, types);
        return Tagged.notation(sentence, types);
    }

    @Test
    void shouldTagANameTheModelMissedAfterATitle() {
        assertEquals("and former President Nursultan/PER Nazarbayev/PER , who led",
                apply("and former President Nursultan Nazarbayev , who led"));
        assertEquals("Kazakhstan/LOC 's President Kassym-Jomart/PER Tokayev/PER has described",
                apply("Kazakhstan/LOC 's President Kassym-Jomart Tokayev has described"));
    }

    @Test
    void shouldCompleteANameTheModelTaggedInPart() {
        assertEquals("President Kassym-Jomart/PER Tokayev/PER said", apply("President Kassym-Jomart Tokayev/PER said"));
    }

    @Test
    void shouldFollowMultiWordTitlesAndNameParticles() {
        assertEquals("Secretary General Antonio/PER Guterres/PER said", apply("Secretary General Antonio Guterres said"));
        assertEquals("Crown Prince Mohammed/PER bin/PER Salman/PER visited",
                apply("Crown Prince Mohammed bin Salman visited"));
    }

    @Test
    void shouldNotOverrideAnotherTypeOrTakePlaceNames() {
        assertEquals("Queen Mary/ORG University/ORG said", apply("Queen Mary/ORG University/ORG said"));
        assertEquals("on King Street today", apply("on King Street today"));
        assertEquals("the president Putin", apply("the president Putin"));
    }

    @Test
    void shouldStayOffInHeadlineCase() {
        assertEquals("Kazakhstan Unrest Was Coup Attempt , Says President Tokayev",
                apply("Kazakhstan Unrest Was Coup Attempt , Says President Tokayev"));
    }

    @Test
    void shouldSplitATitleOfPlaceFromTheName() {
        assertEquals("by the President of the United/LOC States/LOC Donald/PER Trump/PER ,",
                apply("by the President of the United/LOC States/LOC Donald/LOC Trump/LOC ,"));
        assertEquals("Ambassador to the United/ORG Nations/ORG Nikki/PER Haley/PER wrote",
                apply("Ambassador to the United/ORG Nations/ORG Nikki/ORG Haley/ORG wrote"));
        assertEquals("First Minister of Scotland/LOC Nicola/PER Sturgeon/PER said",
                apply("First Minister of Scotland/LOC Nicola/LOC Sturgeon/LOC said"));
    }

    @Test
    void shouldLeaveTitleOfPlaceAloneWithoutAName() {
        assertEquals("the President of the United/LOC States/LOC said",
                apply("the President of the United/LOC States/LOC said"));
        assertEquals("Minister of Foreign Affairs Sergei Lavrov", apply("Minister of Foreign Affairs Sergei Lavrov"));
    }
}
