package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static String apply(String notation) {
        TaggedSentence sentence = Tagged.sentence(notation);
        EntityType[] types = sentence.types();
        Rules.GAZETTEER.apply(sentence, types);
        return Tagged.notation(sentence, types);
    }

    @Test
    void shouldTagCertainNamesTheModelMissed() {
        assertEquals("the Russian-led/MISC CSTO/ORG military alliance",
                apply("the Russian-led/MISC CSTO military alliance"));
        assertEquals("and the capital , Nur-Sultan/LOC .", apply("and the capital , Nur-Sultan ."));
        assertEquals("the United/ORG Nations/ORG said", apply("the United Nations said"));
        assertEquals("In Kazakhstan/LOC today", apply("In Kazakhstan today"));
    }

    @Test
    void shouldPreferTheLongestEntry() {
        assertEquals("in the Gaza/LOC Strip/LOC", apply("in the Gaza Strip"));
    }

    @Test
    void shouldMatchCaseSensitively() {
        assertEquals("who said so", apply("who said so"));
        assertEquals("WHO/ORG said so", apply("WHO said so"));
    }

    @Test
    void shouldNeverOverrideTheModel() {
        assertEquals("Michael/PER Jordan/PER scored", apply("Michael/PER Jordan/PER scored"));
        assertEquals("Georgia/PER said", apply("Georgia/PER said"));
    }

    @Test
    void shouldNotTagInsideALongerName() {
        assertEquals("at Georgia Tech yesterday", apply("at Georgia Tech yesterday"));
        assertEquals("the Bank of China said", apply("the Bank of China said"));
        assertEquals("Michael/PER Jordan scored", apply("Michael/PER Jordan scored"));
    }

    @Test
    void shouldStayOffInAllCapsText() {
        assertEquals("US STOCKS FALL AS WHO WARNS", apply("US STOCKS FALL AS WHO WARNS"));
    }

    @Test
    void shouldTagHyphenatedNationalAdjectivesAsMisc() {
        assertEquals("of ex-Soviet/MISC states", apply("of ex-Soviet states"));
        assertEquals("a US-backed/MISC force", apply("a US-backed force"));
        assertEquals("pro-Russian/MISC rebels", apply("pro-Russian rebels"));
        assertTrue(Rules.GAZETTEER.isNationalCompound("Russian-led"));
        assertFalse(Rules.GAZETTEER.isNationalCompound("Austria-Hungary"));
        assertFalse(Rules.GAZETTEER.isNationalCompound("Kassym-Jomart"));
        assertFalse(Rules.GAZETTEER.isNationalCompound("co-ordinated"));
    }

    @Test
    void shouldKnowTheTypeOfAnEntry() {
        assertEquals(EntityType.LOCATION, Rules.GAZETTEER.typeOf("Nur-Sultan"));
        assertEquals(EntityType.LOCATION, Rules.GAZETTEER.typeOf("Astana"));
        assertEquals(EntityType.ORGANIZATION, Rules.GAZETTEER.typeOf("CSTO"));
        assertEquals(EntityType.MISC, Rules.GAZETTEER.typeOf("Soviet"));
        assertNull(Rules.GAZETTEER.typeOf("Tokayev"));
    }
}
