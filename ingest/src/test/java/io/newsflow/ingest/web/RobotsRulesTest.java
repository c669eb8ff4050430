package io.newsflow.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final String ROBOTS = """
            # a typical news site
            User-agent: *
            Disallow: /search
            Disallow: /*.pdf$
            Allow: /search/about

            User-agent: Newsflow
            User-agent: OtherBot
            Disallow: /drafts/
            Crawl-delay: 2.5

            User-agent: BadBot
            Disallow: /
            """;

    @Test
    void shouldUseTheGroupNamingOurTokenOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "newsflow");
        assertFalse(rules.allows("/drafts/x.html"));
        assertTrue(rules.allows("/search?q=x"), "the * group does not apply when a group names us");
        assertEquals(Duration.ofMillis(2500), rules.crawlDelay());
    }

    @Test
    void shouldApplyTheLongestMatchWithWildcardsAndEndAnchors() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "somebot");
        assertFalse(rules.allows("/search?q=x"));
        assertTrue(rules.allows("/search/about"));
        assertFalse(rules.allows("/files/report.pdf"));
        assertTrue(rules.allows("/files/report.pdf?page=2"));
        assertTrue(rules.allows("/news/2026/story.html"));
        assertTrue(rules.allows("/robots.txt"));
    }

    @Test
    void shouldAllowEverythingWithoutAnApplicableGroupOrWithAnEmptyDisallow() {
        assertTrue(RobotsRules.parse("User-agent: BadBot\nDisallow: /\n", "newsflow").allows("/x"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "newsflow").allows("/x"));
        assertTrue(RobotsRules.parse("<html>not a robots file</html>", "newsflow").allows("/x"));
        assertFalse(RobotsRules.parse("User-agent: *\nDisallow: /\n", "newsflow").allows("/x"));
    }

    @Test
    void shouldTakeTheRobotsTokenFromTheUserAgent() {
        assertEquals("newsflow", FetchOptions.defaults().robotsToken());
        assertEquals("acmebot", FetchOptions.defaults().withUserAgent("AcmeBot/2 (+mailto:a@b.c)").robotsToken());
    }
}
