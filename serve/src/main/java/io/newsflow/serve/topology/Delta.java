package io.newsflow.serve.topology;

/** What an article version changes downstream of the article store: one of an entity's or a tally's delta. */
record Delta(EntityDelta entity, TallyDelta tally) {
}
