package io.newsflow.enrich.entities;

/** The rule objects with the bundled gazetteer files, loaded once for all rule tests. */
final class Rules {
    static final PersonTitles TITLES = PersonTitles.load();
    static final NameHeads HEADS = NameHeads.load();
    static final Gazetteer GAZETTEER = Gazetteer.load();
    static final HonorificRule HONORIFICS = new HonorificRule(TITLES, HEADS, GAZETTEER);
    static final MentionCleaner CLEANER = new MentionCleaner(TITLES, HEADS);
    static final DocumentConsistency CONSISTENCY = new DocumentConsistency(true, GAZETTEER);

    private Rules() {
    }
}
