package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a word says about the noun it heads. */
class NounFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"people", "gunmen", "grandchildren", "homes", "cases", "troops"})
    void shouldKnowPluralNouns(String w) {
        assertTrue(NounForms.isPluralNoun(w), w);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bus", "glass", "famous", "crisis", "country's", "gas", "measles", "mumps", "news", "diabetes"})
    void shouldNotTakeWordsEndingInSForPlurals(String w) {
        assertFalse(NounForms.isPluralNoun(w), w);
    }

    @ParameterizedTest
    @ValueSource(strings = {"workers", "protesters", "civilians", "residents", "employees", "firemen", "schoolgirls",
            "policewomen", "grandmothers", "astronauts", "presidents", "witnesses"})
    void shouldKnowNounsOfPeopleByTheirEndingAndCompounds(String w) {
        assertTrue(NounForms.isPerson(w), w);
    }

    @ParameterizedTest
    @ValueSource(strings = {"computers", "dollars", "apartments", "coaches"})
    void shouldNotTakeThingsEndingLikeAgentsForPeople(String w) {
        assertFalse(NounForms.isPerson(w), w);
    }

    @ParameterizedTest
    @ValueSource(strings = {"police", "staff", "livestock"})
    void shouldKnowMassNouns(String w) {
        assertTrue(NounForms.isMassNoun(w), w);
    }
}
