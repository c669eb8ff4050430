package io.newsflow.enrich.entities;

import io.newsflow.core.schema.Entity;
import java.util.List;

/**
 * Finds the entities of an article: tags title and body, cleans the mentions and groups them into one
 * {@link Entity} per real-world thing, ordered by salience. Thread-safe: one instance serves every stream thread.
 */
public interface EntityExtractor {
    List<Entity> extract(String title, String body);
}
