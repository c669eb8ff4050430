package io.newsflow.core.schema;

/** The CoNLL entity classes that Newsflow tags. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
