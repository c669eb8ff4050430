package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import io.newsflow.core.schema.EntityType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CoreNLP 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC; trained on CoNLL-2003), called directly on each
 * sentence: PTBTokenizer, WordToSentenceProcessor, then the classifier; no StanfordCoreNLP pipeline, no POS tagger,
 * no SUTime, since the model needs none of them and they would cost several times the CRF itself.
 *
 * <p>The model is loaded once per process, on first use, and shared: classification keeps no state between calls
 * (the model's {@code maxAdditionalKnownLCWords} is 0, so no word list grows with what it has seen), so every thread
 * may use the one instance and the output does not depend on what was tagged before.
 */
public final class CoreNlpTagger implements EntityTagger {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * Longest run of tokens handed to the CRF at once. Text without sentence punctuation (lists, tables, scraped
     * boilerplate) would otherwise become one huge "sentence"; real sentences are far shorter.
     */
    public static final int MAX_SENTENCE_TOKENS = 300;

    /**
     * invertible: exact character offsets; tokenizeNLs: lets the splitter see blank lines; splitHyphenated=false:
     * "Nur-Sultan" and "Kassym-Jomart" stay one token, as in the CoNLL data the model was trained on;
     * quotes=ascii: the training data's quote characters; noneDelete: drop control characters without logging.
     */
    static final String TOKENIZER_OPTIONS =
            "invertible=true,tokenizeNLs=true,splitHyphenated=false,quotes=ascii,untokenizable=noneDelete";

    private static final Set<String> SOFT_BREAKS = Set.of(",", ";", ":", "-", "--", "—", "–", "|", "•", "*");

    private static final CoreNlpTagger SHARED = new CoreNlpTagger();

    private final WordToSentenceProcessor<CoreLabel> splitter =
            new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);

    private CoreNlpTagger() {
    }

    /** The process-wide tagger; the model loads on the first call to {@link #tag} or {@link #tagTokens}. */
    public static CoreNlpTagger shared() {
        return SHARED;
    }

    /** Loads the model now (for example at service start, so the first record is not slow). */
    public static void preload() {
        Model.crf();
    }

    @Override
    public List<TaggedSentence> tag(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<CoreLabel> tokens =
                new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), TOKENIZER_OPTIONS).tokenize();
        List<TaggedSentence> sentences = new ArrayList<>();
        for (List<CoreLabel> sentence : splitter.process(tokens)) {
            for (List<CoreLabel> piece : capped(sentence)) {
                sentences.add(classify(piece));
            }
        }
        return sentences;
    }

    @Override
    public TaggedSentence tagTokens(List<String> words) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        int offset = 0;
        for (String word : words) {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setValue(word);
            label.setOriginalText(word);
            label.setBeginPosition(offset);
            label.setEndPosition(offset + word.length());
            offset += word.length() + 1;
            labels.add(label);
        }
        List<TaggedToken> tagged = new ArrayList<>(words.size());
        for (List<CoreLabel> piece : capped(labels)) {
            tagged.addAll(classify(piece).tokens());
        }
        return new TaggedSentence(tagged);
    }

    /**
     * Longest word the CRF sees. Its features include every character n-gram of a word, so a 200,000-character
     * "word" (a base64 blob, a run of x's) would take gigabytes; no real word is this long, and a cut one keeps its
     * shape and prefix, which is all the model can use of it.
     */
    static final int MAX_WORD_CHARS = 64;

    private static TaggedSentence classify(List<CoreLabel> sentence) {
        for (CoreLabel token : sentence) {
            String word = token.word();
            if (word != null && word.length() > MAX_WORD_CHARS) {
                if (token.originalText() == null) {
                    token.setOriginalText(word);
                }
                token.setWord(word.substring(0, MAX_WORD_CHARS));
                token.setValue(token.word());
            }
        }
        // classifySentence, not classify: it first computes the per-token word shapes the model's features need
        // (classify alone on fresh tokens loses a third of the entities). Same order and length as the input.
        List<CoreLabel> labelled = sentence.isEmpty() ? sentence : Model.crf().classifySentence(sentence);
        List<TaggedToken> tokens = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel token = sentence.get(i);
            String text = token.originalText() != null ? token.originalText() : token.word();
            tokens.add(new TaggedToken(text, token.beginPosition(), token.endPosition(),
                    typeOf(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class))));
        }
        return new TaggedSentence(tokens);
    }

    /** The model's labels are bare class names; anything else (its background "O") is outside. */
    static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "LOCATION", "LOC" -> EntityType.LOCATION;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /**
     * Cuts a sentence longer than {@link #MAX_SENTENCE_TOKENS} into pieces, preferring a comma, dash or similar in
     * the second half of each window so a name is rarely cut in two.
     */
    static <T extends CoreLabel> List<List<T>> capped(List<T> sentence) {
        if (sentence.size() <= MAX_SENTENCE_TOKENS) {
            return List.of(sentence);
        }
        List<List<T>> pieces = new ArrayList<>();
        int from = 0;
        while (sentence.size() - from > MAX_SENTENCE_TOKENS) {
            int cut = from + MAX_SENTENCE_TOKENS;
            for (int i = cut - 1; i > from + MAX_SENTENCE_TOKENS / 2; i--) {
                if (SOFT_BREAKS.contains(sentence.get(i).word())) {
                    cut = i + 1;
                    break;
                }
            }
            pieces.add(sentence.subList(from, cut));
            from = cut;
        }
        pieces.add(sentence.subList(from, sentence.size()));
        return pieces;
    }

    /** Lazy holder: the JVM loads the model once, on first use, and publishes it safely to every thread. */
    private static final class Model {
        private static final CRFClassifier<CoreLabel> CRF = load();

        static CRFClassifier<CoreLabel> crf() {
            return CRF;
        }

        private static CRFClassifier<CoreLabel> load() {
            try {
                CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
                // The classifier and its feature factories share this flags object, so one assignment covers all.
                crf.flags.wordFunction = MemoizedWordFunction.of(crf.flags.wordFunction);
                JitCheck.warnIfHugeMethodsInterpreted();
                return crf;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + MODEL, e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("NER model " + MODEL + " does not match this CoreNLP", e);
            }
        }
    }
}
