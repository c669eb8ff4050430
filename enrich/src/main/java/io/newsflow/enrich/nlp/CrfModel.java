package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import io.newsflow.core.schema.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * One of CoreNLP's CRF models, loaded from the classpath once per process, on first use, and shared by every thread:
 * classification keeps no state between calls (the models' {@code maxAdditionalKnownLCWords} is 0, so no word list
 * grows with what they have seen), so the output does not depend on what was tagged before.
 */
final class CrfModel implements SentenceClassifier {

    private static final String DIRECTORY = "edu/stanford/nlp/models/ner/";

    /** PERSON, LOCATION, ORGANIZATION; trained on CoNLL, MUC, ACE, OntoNotes and WikiNER (32 MB, about 120 MB heap). */
    static final CrfModel ALL_3CLASS = new CrfModel("english.all.3class.distsim");

    /** PERSON, LOCATION, ORGANIZATION, MISC; trained on CoNLL-2003 English only (18 MB, about 84 MB heap). */
    static final CrfModel CONLL_4CLASS = new CrfModel("english.conll.4class.distsim");

    private final String name;
    private volatile CRFClassifier<CoreLabel> crf;

    private CrfModel(String name) {
        this.name = name;
    }

    /** The classpath resource holding the serialized model. */
    String resource() {
        return DIRECTORY + name + ".crf.ser.gz";
    }

    @Override
    public String describe() {
        return name;
    }

    /** Loads the model now, if not yet loaded. */
    void load() {
        crf();
    }

    @Override
    public EntityType[] classify(List<CoreLabel> sentence) {
        EntityType[] types = new EntityType[sentence.size()];
        if (sentence.isEmpty()) {
            return types;
        }
        // Copies: classifySentence stores this model's word shapes and answers on the tokens, and another model
        // reading the same tokens must not see them.
        List<CoreLabel> copies = new ArrayList<>(sentence.size());
        for (CoreLabel token : sentence) {
            copies.add(new CoreLabel(token));
        }
        // classifySentence, not classify: it first computes the per-token word shapes the model's features need
        // (classify alone on fresh tokens loses a third of the entities). Same order and length as the input.
        List<CoreLabel> labelled = crf().classifySentence(copies);
        for (int i = 0; i < types.length; i++) {
            types[i] = typeOf(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class));
        }
        return types;
    }

    /**
     * Replaces the model's feature index (CoreNLP's HashIndex, package-private in CRFClassifier) by a {@link
     * FingerprintIndex} with the same answers: the look-ups were the tagger's largest cost.
     */
    static void useFingerprintIndex(CRFClassifier<CoreLabel> model) {
        try {
            Field field = CRFClassifier.class.getDeclaredField("featureIndex");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Index<String> index = (Index<String>) field.get(model);
            if (!(index instanceof FingerprintIndex)) {
                field.set(model, new FingerprintIndex(index));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CRFClassifier.featureIndex not found: not the CoreNLP this was built for", e);
        }
    }

    /** The models' labels are bare class names; anything else (their background "O") is outside. */
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

    private CRFClassifier<CoreLabel> crf() {
        CRFClassifier<CoreLabel> loaded = crf;
        if (loaded == null) {
            synchronized (this) {
                loaded = crf;
                if (loaded == null) {
                    loaded = read();
                    crf = loaded;
                }
            }
        }
        return loaded;
    }

    private CRFClassifier<CoreLabel> read() {
        try {
            CRFClassifier<CoreLabel> model = CRFClassifier.getClassifier(resource());
            // The classifier and its feature factories share this flags object, so one assignment covers all.
            model.flags.wordFunction = MemoizedWordFunction.of(model.flags.wordFunction);
            useFingerprintIndex(model);
            JitCheck.warnIfHugeMethodsInterpreted();
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("NER model " + resource() + " does not match this CoreNLP", e);
        }
    }
}
