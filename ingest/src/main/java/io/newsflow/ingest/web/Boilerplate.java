package io.newsflow.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Page furniture that is never article text, told by tag, role, or a class or id that names it. */
final class Boilerplate {

    /** Elements that are furniture by their tag or role. Forms stay: some sites wrap the whole page in one. */
    static final String TAGS = "script, style, noscript, template, svg, canvas, iframe, object, embed, nav, header, "
            + "footer, aside, button, input, select, textarea, dialog, figcaption, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";

    /** Class or id words of furniture: menus, share bars, related stories, cookie notices, comments, promotions. */
    private static final Pattern FURNITURE = Pattern.compile("(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|share|sharing"
            + "|social|related|cookies?|consent|gdpr|newsletter|subscribe|signup|promo|advert|advertisement|ads?"
            + "|sponsored|comments?|sidebar|widget|trending|popular|most-read|footer|masthead|banner|byline|meta"
            + "|author-bio|tags|embed|pull-quote)($|[-_\\s])", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    static void dropTags(Element root) {
        root.select(TAGS).remove();
    }

    /** Drops furniture by tag and by class or id; never the body, nor an element that holds most of the text. */
    static void prune(Element root) {
        dropTags(root);
        pruneByName(root);
    }

    /** Drops elements whose class or id names furniture, unless they hold most of the page's text. */
    static void pruneByName(Element root) {
        int total = root.text().length();
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || e.normalName().equals("body") || e.normalName().equals("html")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && FURNITURE.matcher(names).find() && e.text().length() < total * 0.6) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }
}
