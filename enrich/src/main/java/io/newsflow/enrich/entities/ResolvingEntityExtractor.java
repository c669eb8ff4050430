package io.newsflow.enrich.entities;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import io.newsflow.enrich.nlp.EntityTagger;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags title and body with an {@link EntityTagger}, refines the tags ({@link TagRefiner}: titles, gazetteer,
 * cleanup) over the whole article, turns tagged spans into mentions with exact character offsets, and resolves them
 * into entities ({@link EntityGrouper}). Thread-safe when the tagger is.
 */
public final class ResolvingEntityExtractor implements EntityExtractor {

    private final EntityTagger tagger;
    private final TagRefiner refiner;
    private final EntityGrouper grouper = new EntityGrouper();

    public ResolvingEntityExtractor(EntityTagger tagger, TagRefiner refiner) {
        this.tagger = tagger;
        this.refiner = refiner;
    }

    @Override
    public List<Entity> extract(String title, String body) {
        String titleText = title == null ? "" : title;
        String bodyText = body == null ? "" : body;
        List<TaggedSentence> titleSentences = tagger.tag(titleText);
        List<TaggedSentence> article = new ArrayList<>(titleSentences);
        article.addAll(tagger.tag(bodyText));
        List<TaggedSentence> refined = refiner.refine(article);
        List<TypedMention> mentions = new ArrayList<>();
        for (int i = 0; i < refined.size(); i++) {
            boolean inTitle = i < titleSentences.size();
            addMentions(refined.get(i), inTitle ? Mention.TITLE : Mention.BODY, inTitle ? titleText : bodyText,
                    mentions);
        }
        return grouper.group(mentions);
    }

    private static void addMentions(TaggedSentence sentence, String field, String text, List<TypedMention> out) {
        for (TokenSpan span : TokenSpan.of(sentence.types())) {
            int[] range = MentionCleaner.trim(text, sentence.get(span.start()).start(),
                    sentence.get(span.end() - 1).end());
            if (range[0] < range[1]) {
                EntityType type = span.type();
                out.add(new TypedMention(new Mention(field, range[0], range[1], text.substring(range[0], range[1])),
                        type));
            }
        }
    }
}
