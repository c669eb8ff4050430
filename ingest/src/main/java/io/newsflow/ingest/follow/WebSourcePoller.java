package io.newsflow.ingest.follow;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.read.FeedItems;
import io.newsflow.ingest.read.SiteNames;
import io.newsflow.ingest.web.CacheValidators;
import io.newsflow.ingest.web.ExtractedPage;
import io.newsflow.ingest.web.FetchException;
import io.newsflow.ingest.web.FetchResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed (RSS 2.0, RSS 1.0/RDF, Atom) or news sitemap (or sitemap index) with a conditional GET, and
 * publishes its new items: an item with its full text as the feed gives it, or, when the feed gives only a link or a
 * summary (and for every sitemap entry), the article extracted from its page. A page that cannot be fetched is tried
 * again on later polls, and after {@code max-attempts} reported and given up.
 */
final class WebSourcePoller implements SourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(WebSourcePoller.class);
    /** Child sitemaps read per poll of an index; a news sitemap index lists a few recent ones. */
    static final int MAX_CHILD_SITEMAPS = 20;

    /** An item found in the feed or sitemap: its key in the state, and what the source says of it. */
    record Candidate(String key, RawArticle draft, boolean needsPage) {
    }

    private final SourceSpec spec;
    private final FollowContext ctx;
    private CacheValidators validators = CacheValidators.NONE;
    /** The items of the last version read: a 304 leaves them to retry pages of. */
    private List<Candidate> lastCandidates = List.of();

    WebSourcePoller(SourceSpec spec, FollowContext ctx) {
        this.spec = spec;
        this.ctx = ctx;
    }

    @Override
    public void poll(PollTally tally) throws InterruptedException {
        URI uri = URI.create(spec.location());
        FetchResult result;
        try {
            result = ctx.fetcher().fetch(uri, validators);
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.CANCELLED) {
                throw new InterruptedException("fetch cancelled");
            }
            tally.errors++;
            tally.failure = e.getMessage();
            ctx.metrics().fetchError(spec.label(), e.kind().label());
            return;
        }
        validators = result.validators();
        if (result.notModified()) {
            tally.notModified++;
        } else {
            List<Candidate> parsed = candidates(result, tally);
            if (parsed == null) {
                return;
            }
            lastCandidates = parsed;
        }
        publishNew(lastCandidates, tally);
    }

    private List<Candidate> candidates(FetchResult result, PollTally tally) throws InterruptedException {
        byte[] body = result.body();
        if (Sitemaps.looksLikeSitemap(body)) {
            return sitemapCandidates(result, tally);
        }
        List<String> problems = new ArrayList<>();
        List<RawArticle> drafts = FeedItems.drafts(body, result.uri().toString(), spec.label(),
                ctx.readerOptions().withOnFailure(f -> problems.add(f.reason())));
        if (drafts.isEmpty() && !problems.isEmpty()) {
            tally.errors++;
            tally.failure = problems.get(0);
            ctx.metrics().fetchError(spec.label(), "unreadable");
            return null;
        }
        List<Candidate> out = new ArrayList<>();
        for (RawArticle d : drafts) {
            boolean summaryOnly = d.body() == null || d.body().strip().length() < ctx.minBodyChars();
            out.add(new Candidate(keyOf(d), d, summaryOnly && d.url() != null));
        }
        return out;
    }

    private List<Candidate> sitemapCandidates(FetchResult result, PollTally tally) throws InterruptedException {
        Sitemaps.Sitemap map;
        try {
            map = Sitemaps.parse(result.body(), ctx.maxItemsPerPoll() * 10);
        } catch (XMLStreamException e) {
            tally.errors++;
            tally.failure = "not a readable sitemap: " + e.getMessage();
            ctx.metrics().fetchError(spec.label(), "unreadable");
            return null;
        }
        List<Sitemaps.Entry> entries = new ArrayList<>(map.entries());
        for (String child : map.children().stream().limit(MAX_CHILD_SITEMAPS).toList()) {
            try {
                FetchResult c = ctx.fetcher().fetch(URI.create(child));
                entries.addAll(Sitemaps.parse(c.body(), ctx.maxItemsPerPoll() * 10).entries());
            } catch (FetchException e) {
                if (e.kind() == FetchException.Kind.CANCELLED) {
                    throw new InterruptedException("fetch cancelled");
                }
                tally.errors++;
                ctx.metrics().fetchError(spec.label(), e.kind().label());
            } catch (XMLStreamException | IllegalArgumentException e) {
                tally.errors++;
                ctx.metrics().fetchError(spec.label(), "unreadable");
            }
        }
        String site = SiteNames.of(spec.location());
        List<Candidate> out = new ArrayList<>();
        for (Sitemaps.Entry e : entries) {
            RawArticle d = new RawArticle(null, e.loc(), site, e.title(), null, e.language(), e.publishedAt(), null);
            out.add(new Candidate(keyOf(d), d, true));
        }
        return out;
    }

    private static String keyOf(RawArticle d) {
        return d.url() != null ? ArticleIds.canonicalUrl(d.url()) : "text:" + ArticleIds.contentHash(d.title(), d.body());
    }

    private void publishNew(List<Candidate> candidates, PollTally tally) throws InterruptedException {
        PublishBatch batch = new PublishBatch(spec.label(), ctx);
        int taken = 0;
        for (Candidate c : candidates) {
            tally.seen++;
            ItemState known = ctx.state().item(spec.label(), c.key());
            if (known != null && known.settled()) {
                tally.skipped++;
                continue;
            }
            if (taken >= ctx.maxItemsPerPoll()) {
                continue; // the next poll takes it
            }
            taken++;
            RawArticle draft = c.draft();
            if (c.needsPage()) {
                draft = withPage(c, known, tally);
                if (draft == null) {
                    continue;
                }
            }
            RawArticle article = FeedItems.complete(withSource(draft), spec.label(), c.key(),
                    ctx.readerOptions().withOnFailure(f -> LOG.warn(
                            "event=source_item_skipped source={} item={} reason=\"{}\"", spec.label(), c.key(), f.reason())));
            if (article == null) {
                continue;
            }
            batch.add(c.key(), article.url(), article.id(), List.of(ctx.publisher().send(article)));
        }
        batch.settle(tally);
    }

    private RawArticle withSource(RawArticle d) {
        return spec.name() == null ? d : new RawArticle(d.id(), d.url(), spec.name(), d.title(), d.body(), d.language(),
                d.publishedAt(), d.ingestedAt());
    }

    /** The draft completed from its page, or null when the page failed (the failure is remembered). */
    private RawArticle withPage(Candidate c, ItemState known, PollTally tally) throws InterruptedException {
        RawArticle d = c.draft();
        String error;
        boolean hopeless = false;
        String kind;
        try {
            FetchResult page = ctx.fetcher().fetch(URI.create(d.url()));
            ExtractedPage x = ctx.extractor().extract(page);
            if (x.hasText()) {
                return new RawArticle(null, d.url(), d.source(), firstNonBlank(d.title(), x.title()), x.text(),
                        firstNonBlank(x.language(), d.language()), firstNonBlank(x.publishedAt(), d.publishedAt()), null);
            }
            error = "no article text in the page";
            kind = "no-text";
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.CANCELLED) {
                throw new InterruptedException("fetch cancelled");
            }
            error = e.getMessage();
            kind = e.kind().label();
            // Retrying cannot change these answers.
            hopeless = e.kind() == FetchException.Kind.ROBOTS || e.kind() == FetchException.Kind.INVALID_URL
                    || e.kind() == FetchException.Kind.REDIRECT;
        } catch (IllegalArgumentException e) {
            error = "not a valid URL";
            kind = "invalid-url";
            hopeless = true;
        }
        tally.errors++;
        ctx.metrics().fetchError(spec.label(), kind);
        int attempts = (known == null ? 0 : known.attempts()) + 1;
        boolean giveUp = hopeless || attempts >= ctx.maxAttempts();
        String now = Instant.now(ctx.clock()).toString();
        ctx.state().put(spec.label(), c.key(), new ItemState(giveUp ? ItemState.GIVEN_UP : ItemState.RETRYING,
                attempts, d.url(), null, now, error));
        if (giveUp) {
            tally.givenUp++;
            LOG.error("event=source_item_given_up source={} url={} attempts={} reason=\"{}\"", spec.label(), d.url(),
                    attempts, error);
        } else {
            tally.retrying++;
            LOG.warn("event=source_item_retry source={} url={} attempt={} of={} reason=\"{}\"", spec.label(), d.url(),
                    attempts, ctx.maxAttempts(), error);
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
