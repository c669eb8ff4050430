package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.core.schema.EntityType;
import java.util.Arrays;
import java.util.List;

/**
 * Two CRFs, each for what it does best: the 3-class model (trained on far more text than CoNLL) for PERSON,
 * LOCATION and ORGANIZATION, run on the {@link NameWindows} around words with a capital letter (a word further
 * from any is outside), and the 4-class CoNLL model for MISC only, run on the {@link MiscWindows} around
 * capitalized words the first model left outside.
 *
 * <p>The overlap rule: the first model's names stand as they are. A MISC span of the second model is added when
 * none of its tokens is in a name of the first model and it holds at least one candidate word; its PERSON, LOCATION
 * and ORGANIZATION answers are not used. Where the two models disagree on a word's class or on a name's boundaries,
 * the first model wins.
 */
final class ModelCombination implements SentenceClassifier {

    private final SentenceClassifier names;
    private final SentenceClassifier misc;

    ModelCombination(SentenceClassifier names, SentenceClassifier misc) {
        this.names = names;
        this.misc = misc;
    }

    @Override
    public String describe() {
        return names.describe() + "+" + misc.describe() + "(MISC)";
    }

    @Override
    public EntityType[] classify(List<CoreLabel> sentence) {
        List<String> words = sentence.stream().map(CoreLabel::word).toList();
        EntityType[] types = new EntityType[sentence.size()];
        for (TokenWindows.Window window : NameWindows.of(words)) {
            EntityType[] windowTypes = names.classify(sentence.subList(window.start(), window.end()));
            System.arraycopy(windowTypes, 0, types, window.start(), windowTypes.length);
        }
        for (TokenWindows.Window window : MiscWindows.of(words, types)) {
            EntityType[] windowTypes = misc.classify(sentence.subList(window.start(), window.end()));
            addMisc(words, types, window.start(), windowTypes);
        }
        return types;
    }

    /**
     * The overlap rule: adds to {@code types} each MISC span of {@code windowTypes} (a window starting at token
     * {@code offset}) whose tokens the first model left outside and which holds a candidate word.
     */
    static void addMisc(List<String> words, EntityType[] types, int offset, EntityType[] windowTypes) {
        int i = 0;
        while (i < windowTypes.length) {
            if (windowTypes[i] != EntityType.MISC) {
                i++;
                continue;
            }
            int start = i;
            while (i < windowTypes.length && windowTypes[i] == EntityType.MISC) {
                i++;
            }
            boolean free = true;
            boolean candidate = false;
            for (int k = offset + start; k < offset + i; k++) {
                free &= types[k] == null;
                candidate |= MiscWindows.isCandidate(words.get(k), types[k], k);
            }
            if (free && candidate) {
                Arrays.fill(types, offset + start, offset + i, EntityType.MISC);
            }
        }
    }
}
