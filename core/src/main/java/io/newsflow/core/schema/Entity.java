package io.newsflow.core.schema;

import java.util.List;

/**
 * One real-world thing named in an article.
 *
 * @param text     canonical surface form: the longest full form used in the article ("Kassym-Jomart Tokayev")
 * @param type     PERSON, ORGANIZATION, LOCATION or MISC
 * @param count    number of mentions
 * @param mentions every mention, in order of position (title first)
 * @param geo      for places (and names that stand for a country, "Russian-led"): where it is; null where nothing fits
 */
public record Entity(String text, EntityType type, int count, List<Mention> mentions, Geo geo) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    /** An entity not (yet) placed on the map. */
    public Entity(String text, EntityType type, int count, List<Mention> mentions) {
        this(text, type, count, mentions, null);
    }

    public Entity withGeo(Geo place) {
        return new Entity(text, type, count, mentions, place);
    }
}
