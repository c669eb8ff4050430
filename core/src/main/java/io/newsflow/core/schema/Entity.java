package io.newsflow.core.schema;

import java.util.List;

/**
 * One real-world thing named in an article.
 *
 * @param text     canonical surface form: the longest full form used in the article ("Kassym-Jomart Tokayev")
 * @param type     PERSON, ORGANIZATION, LOCATION or MISC
 * @param count    number of mentions
 * @param mentions every mention, in order of position (title first)
 */
public record Entity(String text, EntityType type, int count, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
