package io.newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site for tests on 127.0.0.1: an RSS feed that grows as the test adds items (with an ETag, so an unchanged
 * feed answers 304), article pages with navigation, share bars and a footer around the article, and any other path
 * a test defines. Counts requests and 304s.
 */
final class NewsSite implements AutoCloseable {

    static final String MENU = "Home World Business Sport Subscribe";
    static final String FOOTER = "Copyright Local Daily. All rights reserved. Privacy policy";

    private final HttpServer server;
    private final List<String> items = new CopyOnWriteArrayList<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, Handler> custom = new ConcurrentHashMap<>();
    final AtomicInteger feedRequests = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    interface Handler {
        void handle(HttpExchange exchange, int hit) throws IOException;
    }

    NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String feedUrl() {
        return base() + "/feed.xml";
    }

    /** Adds an item with only a summary to the feed, and its article page. */
    void addArticle(String slug, String title, String articleText) {
        pages.put("/news/" + slug, page(title, articleText));
        items.add(0, "<item><title>" + title + "</title><link>" + base() + "/news/" + slug + "</link>"
                + "<guid>" + base() + "/news/" + slug + "</guid><description>A short summary.</description>"
                + "<pubDate>Mon, 10 Jan 2022 08:00:00 GMT</pubDate></item>");
    }

    /** Adds an item whose link is served by {@code handler} (the page is up to the test). */
    void addItemAt(String path, String title) {
        items.add(0, "<item><title>" + title + "</title><link>" + base() + path + "</link>"
                + "<description>Summary.</description></item>");
    }

    void on(String path, Handler handler) {
        custom.put(path, handler);
    }

    static String page(String title, String articleText) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : articleText.split("\n\n")) {
            paragraphs.append("<p>").append(p).append("</p>\n");
        }
        return "<!doctype html><html lang=\"en\"><head><title>" + title + " | Local Daily</title>"
                + "<meta property=\"article:published_time\" content=\"2022-01-10T09:30:00Z\"></head><body>"
                + "<header><nav><ul><li>Home</li><li>World</li><li>Business</li><li>Sport</li><li>Subscribe</li></ul></nav></header>"
                + "<main><article><h1>" + title + "</h1>" + paragraphs
                + "<div class=\"share-bar\">Share on Facebook Share on X</div></article>"
                + "<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/x\">Other story one</a></li></ul></aside></main>"
                + "<footer>" + FOOTER + "</footer></body></html>";
    }

    String feed() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local Daily</title><link>" + base()
                + "/</link>\n" + String.join("\n", items) + "\n</channel></rss>\n";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            Handler h = custom.get(path);
            if (h != null) {
                h.handle(ex, hit);
            } else if (path.equals("/feed.xml")) {
                feedRequests.incrementAndGet();
                String body = feed();
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                ex.getResponseHeaders().add("ETag", etag);
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                send(ex, 200, "application/rss+xml", body);
            } else if (pages.containsKey(path)) {
                send(ex, 200, "text/html; charset=utf-8", pages.get(path));
            } else {
                send(ex, 404, "text/plain", "not found");
            }
        }
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
