package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

    private static List<String> apply(String... notations) {
        List<TaggedSentence> sentences = Arrays.stream(notations).map(Tagged::sentence).toList();
        List<EntityType[]> types = new ArrayList<>(sentences.stream().map(TaggedSentence::types).toList());
        Rules.CONSISTENCY.apply(sentences, types);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(Tagged.notation(sentences.get(i), types.get(i)));
        }
        return out;
    }

    @Test
    void shouldGiveEveryOccurrenceTheMajorityType() {
        assertEquals(List.of("Caloi/ORG makes bikes", "the Caloi/ORG brand", "and Caloi/ORG grew"),
                apply("Caloi/ORG makes bikes", "the Caloi/PER brand", "and Caloi/ORG grew"));
    }

    @Test
    void shouldLeaveATieAlone() {
        assertEquals(List.of("Jordan/LOC said", "Jordan/PER said"), apply("Jordan/LOC said", "Jordan/PER said"));
    }

    @Test
    void shouldTagUntaggedRepeatsOfAName() {
        assertEquals(List.of("the Interior/ORG Ministry/ORG said", "a spokesman for the Interior/ORG Ministry/ORG"),
                apply("the Interior/ORG Ministry/ORG said", "a spokesman for the Interior Ministry"));
    }

    @Test
    void shouldTreatAPersonsSurnameAsThePerson() {
        assertEquals(List.of("President Andrzej/PER Duda/PER spoke", "and Duda/PER left", "Duda/PER said"),
                apply("President Andrzej/PER Duda/PER spoke", "and Duda/ORG left", "Duda said"));
    }

    @Test
    void shouldNotTurnAKnownPlaceIntoASurname() {
        assertEquals(List.of("George/PER Washington/PER crossed", "in Washington/LOC today"),
                apply("George/PER Washington/PER crossed", "in Washington/LOC today"));
    }

    @Test
    void shouldNotTagACommonWordOpeningASentence() {
        assertEquals(List.of("Theresa/PER May/PER spoke", "May we go", "it may rain"),
                apply("Theresa/PER May/PER spoke", "May we go", "it may rain"));
    }

    @Test
    void shouldNotPropagateMisc() {
        assertEquals(List.of("life on Mars/MISC", "oxygen on Mars"), apply("life on Mars/MISC", "oxygen on Mars"));
    }

    @Test
    void shouldNotTagARepeatInsideALongerName() {
        assertEquals(List.of("Georgia/LOC voted", "at Georgia Tech"), apply("Georgia/LOC voted", "at Georgia Tech"));
    }
}
