package io.newsflow.serve.topology;

/**
 * What the entity index knows of one entity besides its articles.
 *
 * @param type     entity type name
 * @param text     canonical text, as first seen (the key is case-folded)
 * @param articles how many articles name it
 */
public record EntityName(String type, String text, int articles) {

    EntityName withArticles(int n) {
        return new EntityName(type, text, n);
    }
}
