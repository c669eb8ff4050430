package io.newsflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void shouldKeepIsoDatesAndDateTimes() {
        assertEquals("2019-01-04", PublishedDates.normalize(" 2019-01-04 "));
        assertEquals("2022-01-10T08:00:00Z", PublishedDates.normalize("2022-01-10T08:00Z"));
        assertEquals("2022-01-10T08:00:00+01:00", PublishedDates.normalize("2022-01-10 08:00:00+01:00"));
        assertEquals("2022-01-10T08:00:00", PublishedDates.normalize("2022-01-10T08:00:00"));
    }

    @Test
    void shouldReadRssDatesWithTheirZones() {
        assertEquals("2022-01-10T08:15:00Z", PublishedDates.normalize("Mon, 10 Jan 2022 08:15:00 GMT"));
        assertEquals("2022-01-10T08:15:00Z", PublishedDates.normalize("Mon, 10 Jan 2022 08:15:00 UTC"));
        assertEquals("2022-01-03T08:15:00-05:00", PublishedDates.normalize("3 Jan 2022 08:15 EST"));
        assertEquals("2022-01-10T08:15:00+05:30", PublishedDates.normalize("Mon, 10 Jan 2022 08:15:00 +0530"));
    }

    @Test
    void shouldRefuseWhatIsNotADate() {
        assertNull(PublishedDates.normalize("yesterday"));
        assertNull(PublishedDates.normalize("2022-13-01"));
        assertNull(PublishedDates.normalize(""));
    }

    @Test
    void shouldNameSitesByTheirRegisteredName() {
        assertEquals("wikinews", SiteNames.of("https://en.wikinews.org//wiki/X"));
        assertEquals("bbc", SiteNames.of("https://www.bbc.co.uk/news/world"));
        assertEquals("nytimes", SiteNames.of("https://www.nytimes.com/2022/01/10/x.html"));
        assertEquals("127.0.0.1", SiteNames.of("http://127.0.0.1:8080/x"));
        assertNull(SiteNames.of("not a url"));
    }
}
