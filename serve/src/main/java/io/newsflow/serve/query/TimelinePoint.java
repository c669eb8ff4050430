package io.newsflow.serve.query;

/** An entity's mentions on one day (UTC). */
public record TimelinePoint(String day, long mentions) {
}
