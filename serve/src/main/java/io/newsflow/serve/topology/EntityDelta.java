package io.newsflow.serve.topology;

/**
 * One article's contribution to one entity's views, added or taken back (when a newer version replaces it).
 *
 * @param type     entity type name
 * @param text     the entity's canonical text as the article has it
 * @param article  the article id
 * @param time     the article's time (epoch ms)
 * @param mentions how often the article mentions it
 * @param added    true to add, false to take back
 */
public record EntityDelta(String type, String text, String article, long time, int mentions, boolean added) {
}
