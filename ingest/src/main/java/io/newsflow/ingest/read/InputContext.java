package io.newsflow.ingest.read;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.schema.RawArticle;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input being read: reports its failures with its name, and turns drafts into complete articles: fills what
 * the input leaves out from the {@link ReaderOptions} and refuses articles without a title or a body.
 */
final class InputContext {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReaders.class);

    private final String name;
    private final String defaultSource;
    private final ReaderOptions options;

    InputContext(String name, String defaultSource, ReaderOptions options) {
        this.name = name;
        this.defaultSource = defaultSource;
        this.options = options;
    }

    void fail(long line, String reason) {
        options.onFailure().accept(new ReadFailure(name, line, reason));
    }

    /** The finished article, or null after reporting why the draft is not one. */
    RawArticle complete(Draft draft) {
        RawArticle a = draft.article();
        String title = draft.normalized() ? Texts.title(a.title()) : a.title();
        String body = draft.normalized() ? Texts.body(a.body()) : a.body();
        String prefix = draft.item() == null ? "" : draft.item() + ": ";
        if (title == null || title.isBlank()) {
            fail(draft.line(), prefix + "missing title");
            return null;
        }
        if (body == null || body.isBlank()) {
            fail(draft.line(), prefix + "no body text");
            return null;
        }
        String url = a.url() == null || a.url().isBlank() ? null : a.url().trim();
        String source = options.source() != null ? options.source()
                : a.source() != null && !a.source().isBlank() ? a.source().trim()
                : Objects.requireNonNullElse(SiteNames.of(url), defaultSource);
        String language = Languages.normalize(a.language());
        String publishedAt = PublishedDates.normalize(a.publishedAt());
        if (publishedAt == null && a.publishedAt() != null && !a.publishedAt().isBlank()) {
            // The article is still good; only the date is dropped, so this is a warning, not a failure.
            LOG.warn("event=read_warning input={} line={} reason=\"{}published date not understood, left out: {}\"",
                    name, draft.line(), prefix, clip(a.publishedAt()));
        }
        String ingestedAt = a.ingestedAt() == null || a.ingestedAt().isBlank()
                ? Instant.now(options.clock()).toString() : a.ingestedAt();
        String id = a.id() == null || a.id().isBlank() ? ArticleIds.of(url, title, body) : a.id().trim();
        return new RawArticle(id, url, source, title, body,
                language != null ? language : options.language(),
                publishedAt != null ? publishedAt : options.publishedAt(),
                ingestedAt);
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }
}
