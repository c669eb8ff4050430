package io.newsflow.enrich.nlp;

import static io.newsflow.core.schema.EntityType.LOCATION;
import static io.newsflow.core.schema.EntityType.MISC;
import static io.newsflow.core.schema.EntityType.ORGANIZATION;
import static io.newsflow.core.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.core.schema.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overlap rule between the PERSON/LOCATION/ORGANIZATION model and the MISC model, on constructed sentences. */
class ModelCombinationTest {

    /** A stand-in model: a fixed type per word, and a record of the token runs it was asked to classify. */
    private static final class WordModel implements SentenceClassifier {
        private final Map<String, EntityType> types;
        final List<List<String>> calls = new ArrayList<>();

        WordModel(Map<String, EntityType> types) {
            this.types = types;
        }

        @Override
        public EntityType[] classify(List<CoreLabel> sentence) {
            List<String> words = sentence.stream().map(CoreLabel::word).toList();
            calls.add(words);
            return words.stream().map(types::get).toArray(EntityType[]::new);
        }

        @Override
        public String describe() {
            return "words";
        }
    }

    private static List<CoreLabel> sentence(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String word : text.split(" ")) {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setValue(word);
            tokens.add(label);
        }
        return tokens;
    }

    @Test
    void shouldKeepTheFirstModelsNameWhereTheMiscModelOverlapsIt() {
        WordModel names = new WordModel(Map.of("Russian", LOCATION, "Federation", LOCATION));
        WordModel misc = new WordModel(Map.of("Russian", MISC, "Federation", MISC, "Orthodox", MISC));
        EntityType[] types = new ModelCombination(names, misc)
                .classify(sentence("He left the Russian Federation Orthodox church ."));
        // "Russian Federation Orthodox" is one MISC span for the second model; it overlaps the first model's
        // place, so the place stands and the MISC span is dropped whole, "Orthodox" included.
        assertArrayEquals(new EntityType[] {null, null, null, LOCATION, LOCATION, null, null, null}, types);
    }

    @Test
    void shouldAddAMiscNameWhereTheFirstModelFoundNothing() {
        WordModel names = new WordModel(Map.of("Smith", PERSON));
        WordModel misc = new WordModel(Map.of("Olympic", MISC, "Games", MISC, "Smith", ORGANIZATION));
        EntityType[] types = new ModelCombination(names, misc)
                .classify(sentence("At the Olympic Games Smith won gold ."));
        assertArrayEquals(new EntityType[] {null, null, MISC, MISC, PERSON, null, null, null},
                types, "the MISC model's other classes are not used: Smith stays a person");
    }

    @Test
    void shouldNotCallTheMiscModelOnASentenceWhoseCapitalizedWordsAreAllNames() {
        WordModel names = new WordModel(Map.of("Obama", PERSON, "Paris", LOCATION));
        WordModel misc = new WordModel(Map.of());
        new ModelCombination(names, misc).classify(sentence("Yesterday Obama flew to Paris with his aides ."));
        assertEquals(List.of(), misc.calls, "the opening 'Yesterday' is no candidate, the other capitals are names");
    }

    @Test
    void shouldRunTheMiscModelOnlyAroundCapitalizedWordsTheFirstModelLeftOut() {
        WordModel names = new WordModel(Map.of());
        WordModel misc = new WordModel(Map.of("Christmas", MISC));
        EntityType[] types = new ModelCombination(names, misc)
                .classify(sentence("The shops in town were closed for a long time over Christmas this year as usual ."));
        assertEquals(List.of(List.of("time", "over", "Christmas", "this", "year")), misc.calls);
        assertEquals(MISC, types[11]);
        assertEquals(1, Arrays.stream(types).filter(t -> t != null).count());
    }

    @Test
    void shouldMergeWindowsThatOverlap() {
        List<String> words = List.of("On", "the", "Hajj", "and", "at", "Eid", "many", "pilgrims", "pray", "daily", ".");
        List<TokenWindows.Window> windows = MiscWindows.of(words, new EntityType[words.size()]);
        assertEquals(List.of(new TokenWindows.Window(0, 8)), windows);
    }

    @Test
    void shouldNotAddAMiscSpanWithoutACapitalizedWordOfItsOwn() {
        WordModel names = new WordModel(Map.of());
        // The MISC model tags a lowercase neighbour of the candidate only: no candidate inside, nothing added.
        WordModel misc = new WordModel(Map.of("style", MISC));
        EntityType[] types = new ModelCombination(names, misc)
                .classify(sentence("They cooked it in Cajun style all day ."));
        assertEquals(0, Arrays.stream(types).filter(t -> t != null).count());
    }

    @Test
    void shouldRunTheNameModelOnlyAroundWordsWithACapital() {
        WordModel names = new WordModel(Map.of("Smith", PERSON));
        WordModel misc = new WordModel(Map.of());
        EntityType[] types = new ModelCombination(names, misc).classify(
                sentence("Smith said that the rain had been falling for most of the day and into the evening ."));
        assertEquals(List.of(List.of("Smith", "said", "that", "the")), names.calls,
                "the capitalized word and three words after it; the rest of the sentence is outside");
        assertEquals(PERSON, types[0]);
        assertEquals(1, Arrays.stream(types).filter(t -> t != null).count());
    }

    @Test
    void shouldRunNoModelOnASentenceWithoutACapital() {
        WordModel names = new WordModel(Map.of());
        WordModel misc = new WordModel(Map.of());
        EntityType[] types = new ModelCombination(names, misc).classify(sentence("and then it rained all day ."));
        assertEquals(List.of(), names.calls);
        assertEquals(List.of(), misc.calls);
        assertArrayEquals(new EntityType[7], types);
    }

    @Test
    void shouldTakeAnyCapitalLetterAsAPossibleName() {
        assertEquals(List.of(new TokenWindows.Window(0, 6)),
                NameWindows.of(List.of("shares", "of", "eBay", "fell", "sharply", "today", "as", "traders", "sold")));
        assertEquals(List.of(), NameWindows.of(List.of("shares", "fell", "1.5", "%", "")));
    }
}
