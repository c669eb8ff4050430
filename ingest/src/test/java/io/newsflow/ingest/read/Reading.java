package io.newsflow.ingest.read;

import io.newsflow.core.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** What a test read: the articles and the failures reported, in order. */
record Reading(List<RawArticle> articles, List<ReadFailure> failures) {

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    static Reading of(String... inputs) {
        return with(o -> o, inputs);
    }

    static Reading with(UnaryOperator<ReaderOptions> configure, String... inputs) {
        List<ReadFailure> failures = new ArrayList<>();
        ReaderOptions options = configure.apply(ReaderOptions.defaults()
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withOnFailure(failures::add));
        try (Stream<RawArticle> s = ArticleReaders.readAll(List.of(inputs), options)) {
            return new Reading(s.toList(), failures);
        }
    }

    static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    RawArticle only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; failures " + failures);
        }
        return articles.get(0);
    }

    String failureText() {
        return failures.toString();
    }
}
