package io.newsflow.ingest.web;

import org.jsoup.nodes.Element;

/** Page furniture that is never article text. */
final class Boilerplate {

    /** Elements that are furniture by their tag or role. Forms stay: some sites wrap the whole page in one. */
    static final String TAGS = "script, style, noscript, template, svg, canvas, iframe, object, embed, nav, header, "
            + "footer, aside, button, input, select, textarea, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";

    private Boilerplate() {
    }

    static void dropTags(Element root) {
        root.select(TAGS).remove();
    }
}
