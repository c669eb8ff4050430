package io.newsflow.ingest.read;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link ArticleReaders} fill in what an input leaves out, and where they report what they cannot read.
 *
 * @param source           overrides every article's source when not null
 * @param publishedAt      ISO-8601 date or date-time for articles whose input gives none, or null
 * @param language         ISO 639-1 code for articles whose input gives none
 * @param httpTimeout      connect and response timeout of http(s) inputs
 * @param maxDocumentBytes largest file, page or feed read whole (JSON Lines and CSV are streamed, so not limited)
 * @param stdin            what "-" reads
 * @param onFailure        told of every input or record that is skipped
 * @param clock            stamps {@code ingestedAt}
 */
public record ReaderOptions(
        String source,
        String publishedAt,
        String language,
        Duration httpTimeout,
        long maxDocumentBytes,
        InputStream stdin,
        Consumer<ReadFailure> onFailure,
        Clock clock) {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReaders.class);

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

    public ReaderOptions {
        source = source == null || source.isBlank() ? null : source.trim();
        if (publishedAt != null && !publishedAt.isBlank()) {
            String normalized = PublishedDates.normalize(publishedAt);
            if (normalized == null) {
                throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + publishedAt);
            }
            publishedAt = normalized;
        } else {
            publishedAt = null;
        }
        String lang = Languages.normalize(language);
        if (lang == null) {
            throw new IllegalArgumentException("not an ISO 639-1 language code: " + language);
        }
        language = lang;
        Objects.requireNonNull(httpTimeout, "httpTimeout");
        if (httpTimeout.isZero() || httpTimeout.isNegative()) {
            throw new IllegalArgumentException("httpTimeout must be positive");
        }
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive");
        }
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(clock, "clock");
    }

    /** English, a 30 s HTTP timeout, System.in as stdin, and failures logged as warnings. */
    public static ReaderOptions defaults() {
        return new ReaderOptions(null, null, "en", Duration.ofSeconds(30), DEFAULT_MAX_DOCUMENT_BYTES, System.in,
                f -> LOG.warn("event=read_failed input={} line={} reason={}", f.input(), f.line(), f.reason()),
                Clock.systemUTC());
    }

    public ReaderOptions withSource(String newSource) {
        return new ReaderOptions(newSource, publishedAt, language, httpTimeout, maxDocumentBytes, stdin, onFailure, clock);
    }

    public ReaderOptions withPublishedAt(String date) {
        return new ReaderOptions(source, date, language, httpTimeout, maxDocumentBytes, stdin, onFailure, clock);
    }

    public ReaderOptions withLanguage(String lang) {
        return new ReaderOptions(source, publishedAt, lang, httpTimeout, maxDocumentBytes, stdin, onFailure, clock);
    }

    public ReaderOptions withHttpTimeout(Duration timeout) {
        return new ReaderOptions(source, publishedAt, language, timeout, maxDocumentBytes, stdin, onFailure, clock);
    }

    public ReaderOptions withMaxDocumentBytes(long max) {
        return new ReaderOptions(source, publishedAt, language, httpTimeout, max, stdin, onFailure, clock);
    }

    public ReaderOptions withStdin(InputStream in) {
        return new ReaderOptions(source, publishedAt, language, httpTimeout, maxDocumentBytes, in, onFailure, clock);
    }

    public ReaderOptions withOnFailure(Consumer<ReadFailure> handler) {
        return new ReaderOptions(source, publishedAt, language, httpTimeout, maxDocumentBytes, stdin, handler, clock);
    }

    public ReaderOptions withClock(Clock newClock) {
        return new ReaderOptions(source, publishedAt, language, httpTimeout, maxDocumentBytes, stdin, onFailure, newClock);
    }
}
