package io.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import io.newsflow.core.csv.CsvRows;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fingerprint index answers as CoreNLP's HashIndex does, feature by feature and tag by tag. */
class FingerprintIndexTest {

    /** Articles of the Wikinews sample tagged with both indexes; about 19,000 tokens. */
    private static final int ARTICLES = 40;

    @ParameterizedTest
    @ValueSource(strings = {"english.all.3class.distsim", "english.conll.4class.distsim"})
    void shouldGiveTheSameFeatureIndexesAndTagsAsTheHashIndex(String name) throws Exception {
        CRFClassifier<CoreLabel> model =
                CRFClassifier.getClassifier("edu/stanford/nlp/models/ner/" + name + ".crf.ser.gz");
        Index<String> original = featureIndex(model);
        assertInstanceOf(HashIndex.class, original);
        FingerprintIndex fingerprints = new FingerprintIndex(original);

        assertEquals(original.size(), fingerprints.size());
        for (int i = 0; i < original.size(); i++) {
            String feature = original.get(i);
            assertEquals(i, fingerprints.indexOf(feature), feature);
            // near misses, as the feature templates make them: one character more, one less
            assertEquals(original.indexOf(feature + "C"), fingerprints.indexOf(feature + "C"), feature + "C");
            String shorter = feature.substring(1);
            assertEquals(original.indexOf(shorter), fingerprints.indexOf(shorter), shorter);
        }

        List<List<CoreLabel>> sentences = wikinewsSentences();
        List<String> before = answers(model, sentences);
        CrfModel.useFingerprintIndex(model);
        assertInstanceOf(FingerprintIndex.class, featureIndex(model));
        assertEquals(before, answers(model, sentences));
    }

    @Test
    void shouldAnswerMinusOneForAStringThatIsNoFeature() {
        FingerprintIndex index = new FingerprintIndex(new HashIndex<>(List.of("Obama-WORD|C", "#<Obam#|C")));

        assertEquals(0, index.indexOf("Obama-WORD|C"));
        assertEquals(1, index.indexOf("#<Obam#|C"));
        assertEquals(-1, index.indexOf("obama-WORD|C"));
        assertEquals(-1, index.indexOf(""));
    }

    @Test
    void shouldRefuseToGrowSinceAModelsFeaturesAreFixed() {
        FingerprintIndex index = new FingerprintIndex(new HashIndex<>(List.of("Obama-WORD|C")));

        assertThrows(UnsupportedOperationException.class, () -> index.indexOf("Paris-WORD|C", true));
        assertThrows(UnsupportedOperationException.class, () -> index.add("Paris-WORD|C"));
        assertEquals(0, index.indexOf("Obama-WORD|C", true));
    }

    @SuppressWarnings("unchecked")
    private static Index<String> featureIndex(CRFClassifier<CoreLabel> model) throws ReflectiveOperationException {
        Field field = CRFClassifier.class.getDeclaredField("featureIndex");
        field.setAccessible(true);
        return (Index<String>) field.get(model);
    }

    private static List<List<CoreLabel>> wikinewsSentences() throws Exception {
        List<List<String>> rows = CsvRows.parse(
                Files.readString(Path.of("../samples/wikinews/wikinews_2019.csv"), StandardCharsets.UTF_8));
        WordToSentenceProcessor<CoreLabel> splitter =
                new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (List<String> row : rows.subList(1, 1 + ARTICLES)) {
            for (String text : List.of(row.get(2), row.get(3))) {
                List<CoreLabel> tokens = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                        CoreNlpTagger.TOKENIZER_OPTIONS).tokenize();
                sentences.addAll(splitter.process(tokens));
            }
        }
        return sentences;
    }

    /** The model's answer for every token, as one list: a difference anywhere shows as a different list. */
    private static List<String> answers(CRFClassifier<CoreLabel> model, List<List<CoreLabel>> sentences) {
        List<String> answers = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            List<CoreLabel> copies = new ArrayList<>(sentence.size());
            for (CoreLabel token : sentence) {
                copies.add(new CoreLabel(token));
            }
            for (CoreLabel token : model.classifySentence(copies)) {
                answers.add(token.word() + "/" + token.get(CoreAnnotations.AnswerAnnotation.class));
            }
        }
        return answers;
    }
}
