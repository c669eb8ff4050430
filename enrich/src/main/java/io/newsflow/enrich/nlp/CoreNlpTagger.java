package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import io.newsflow.core.schema.EntityType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's CRFs called directly on each sentence: PTBTokenizer, WordToSentenceProcessor, then the classifier; no
 * StanfordCoreNLP pipeline, no POS tagger, no SUTime, since the models need none of them and they would cost several
 * times the CRF itself. The standard tagger ({@link #shared()}) tokenizes once and runs two models on the tokens
 * ({@link ModelCombination}): the 3-class model for PERSON, LOCATION and ORGANIZATION around the words with a
 * capital letter, the 4-class CoNLL model for MISC around the capitalized words the first left outside.
 *
 * <p>The models are loaded once per process, on first use, and shared: classification keeps no state between calls,
 * so every thread may use the one instance and the output does not depend on what was tagged before.
 */
public final class CoreNlpTagger implements EntityTagger {

    /** The models of the standard tagger, as the pipeline version and the evaluation reports name them. */
    public static final String MODEL = "corenlp-4.5.10:english.all.3class.distsim+english.conll.4class.distsim(MISC)";

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

    private static final CoreNlpTagger SHARED =
            new CoreNlpTagger(new ModelCombination(CrfModel.ALL_3CLASS, CrfModel.CONLL_4CLASS));
    private static final CoreNlpTagger CONLL_4CLASS = new CoreNlpTagger(CrfModel.CONLL_4CLASS);
    private static final CoreNlpTagger ALL_3CLASS = new CoreNlpTagger(CrfModel.ALL_3CLASS);

    private final WordToSentenceProcessor<CoreLabel> splitter =
            new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);
    private final SentenceClassifier classifier;

    private CoreNlpTagger(SentenceClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The process-wide standard tagger (3-class model, 4-class model for MISC); the models load on the first call
     * to {@link #tag} or {@link #tagTokens}.
     */
    public static CoreNlpTagger shared() {
        return SHARED;
    }

    /**
     * A tagger of one model alone, for evaluation and benchmarks: {@code "4class"} (english.conll.4class.distsim,
     * Newsflow's tagger before the combination) or {@code "3class"} (english.all.3class.distsim); {@code
     * "combined"} is {@link #shared()}.
     */
    public static CoreNlpTagger named(String name) {
        return switch (name) {
            case "combined" -> SHARED;
            case "4class" -> CONLL_4CLASS;
            case "3class" -> ALL_3CLASS;
            default -> throw new IllegalArgumentException("no tagger '" + name + "' (combined, 3class or 4class)");
        };
    }

    /** Loads the standard tagger's models now (for example at service start, so the first record is not slow). */
    public static void preload() {
        CrfModel.ALL_3CLASS.load();
        CrfModel.CONLL_4CLASS.load();
    }

    /** The models this tagger runs ("english.all.3class.distsim+english.conll.4class.distsim(MISC)"). */
    public String describe() {
        return classifier.describe();
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

    private TaggedSentence classify(List<CoreLabel> sentence) {
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
        EntityType[] types = classifier.classify(sentence);
        List<TaggedToken> tokens = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel token = sentence.get(i);
            String text = token.originalText() != null ? token.originalText() : token.word();
            tokens.add(new TaggedToken(text, token.beginPosition(), token.endPosition(), types[i]));
        }
        return new TaggedSentence(tokens);
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
}
