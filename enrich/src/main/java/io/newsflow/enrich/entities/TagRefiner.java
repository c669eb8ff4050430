package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules between the CRF and the mentions, on token tags. Per sentence: names after titles
 * ({@link HonorificRule}), names beside a place noun ({@link PlaceApposition}), certain gazetteer names
 * ({@link Gazetteer}), cleanup ({@link MentionCleaner}); then per
 * document: one name, one type ({@link DocumentConsistency}). Token-level so that the CoNLL evaluator scores exactly
 * what the extractor does. Linear in the number of tokens; immutable and thread-safe.
 */
public final class TagRefiner {

    private static final class Shared {
        private static final TagRefiner INSTANCE = load();
    }

    private final HonorificRule honorifics;
    private final PlaceApposition places = new PlaceApposition();
    private final Gazetteer gazetteer;
    private final MentionCleaner cleaner;
    private final DocumentConsistency consistency;

    TagRefiner(HonorificRule honorifics, Gazetteer gazetteer, MentionCleaner cleaner,
               DocumentConsistency consistency) {
        this.honorifics = honorifics;
        this.gazetteer = gazetteer;
        this.cleaner = cleaner;
        this.consistency = consistency;
    }

    /** The refiner with the bundled gazetteer files, loaded once per process. */
    public static TagRefiner standard() {
        return Shared.INSTANCE;
    }

    private static TagRefiner load() {
        PersonTitles titles = PersonTitles.load();
        NameHeads heads = NameHeads.load();
        Gazetteer gazetteer = Gazetteer.load();
        return new TagRefiner(new HonorificRule(titles, heads, gazetteer), gazetteer, new MentionCleaner(titles, heads),
                new DocumentConsistency(true, gazetteer));
    }

    /** Refines the tags of one document's sentences (an article's title and body, or one CoNLL document). */
    public List<TaggedSentence> refine(List<TaggedSentence> document) {
        List<EntityType[]> types = new ArrayList<>(document.size());
        for (TaggedSentence sentence : document) {
            types.add(refineSentence(sentence));
        }
        consistency.apply(document, types);
        List<TaggedSentence> refined = new ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
            refined.add(document.get(i).withTypes(types.get(i)));
        }
        return refined;
    }

    private EntityType[] refineSentence(TaggedSentence sentence) {
        EntityType[] types = sentence.types();
        honorifics.apply(sentence, types);
        places.apply(sentence, types);
        gazetteer.apply(sentence, types);
        cleaner.clean(sentence, types);
        return types;
    }
}
