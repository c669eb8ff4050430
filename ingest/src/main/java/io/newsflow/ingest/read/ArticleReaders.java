package io.newsflow.ingest.read;

import io.newsflow.core.schema.RawArticle;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads articles from files, directories, http(s) URLs and stdin, without Kafka: ingest publishes what these
 * return, {@code newsflow annotate} enriches it in place. Each input is one of:
 * <ul>
 *   <li>{@code -}: stdin; JSON Lines if its first non-blank character is '{' (or '[': a JSON array), an RSS/Atom
 *       feed or an HTML page if it starts with such markup, else one plain-text article;</li>
 *   <li>an {@code http://} or {@code https://} URL: an HTML page or a feed, told by its Content-Type;</li>
 *   <li>a directory: every readable file below it with a known extension, in path order, hidden ones skipped;</li>
 *   <li>a file, by extension: .txt plain text, .jsonl/.ndjson/.json JSON Lines, .csv, .html/.htm, .xml/.rss/.atom
 *       feeds; any other extension by its content, as for stdin.</li>
 * </ul>
 * Whatever cannot be read (a missing file, a malformed line, a row short of fields, a page without text, an
 * article without a title or a body) is reported to {@link ReaderOptions#onFailure()} and skipped; the stream
 * goes on with the rest and never throws for bad input. An input's own id is kept; otherwise the id is
 * {@link io.newsflow.core.ArticleIds#of}(url, title, body). The stream is lazy: close it (try-with-resources) to
 * release a file left half read.
 */
public final class ArticleReaders {

    private static final int SNIFF_BYTES = 1024;

    private final ReaderOptions options;
    private HttpFetcher fetcher;

    private ArticleReaders(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The articles of one input (a path, a URL or "-"). */
    public static Stream<RawArticle> read(String input, ReaderOptions options) {
        return readAll(List.of(input), options);
    }

    /** The articles of each input in turn. */
    public static Stream<RawArticle> readAll(List<String> inputs, ReaderOptions options) {
        ArticleReaders readers = new ArticleReaders(options);
        return LazyConcat.of(inputs, readers::input);
    }

    /**
     * The articles of an already open stream (the caller closes it).
     *
     * @param name   names the input in failures, and is the source of articles that name none
     * @param format the format, or null to tell it from the content as for stdin
     */
    public static Stream<RawArticle> read(InputStream in, String name, InputFormat format, ReaderOptions options) {
        ArticleReaders readers = new ArticleReaders(options);
        return LazyConcat.of(List.of(name), n -> readers.stream(new NonClosing(in), n, n, format));
    }

    private Stream<RawArticle> input(String input) {
        if (input.equals("-")) {
            return stream(new NonClosing(options.stdin()), "stdin", "stdin", null);
        }
        if (input.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            return url(input);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            fail(input, "not a valid path");
            return Stream.empty();
        }
        return Files.isDirectory(path) ? directory(path) : file(path);
    }

    private Stream<RawArticle> directory(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && Files.isRegularFile(file)
                            && InputFormat.fromFileName(file.getFileName().toString()).isPresent()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    fail(file.toString(), "cannot read: " + e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            fail(dir.toString(), "cannot list the directory: " + e.getClass().getSimpleName());
            return Stream.empty();
        }
        if (files.isEmpty()) {
            fail(dir.toString(), "no files with a known extension (.txt .jsonl .ndjson .json .csv .html .htm .xml "
                    + ".rss .atom) in the directory");
        }
        files.sort(null);
        return LazyConcat.of(files, this::file);
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private Stream<RawArticle> file(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            fail(name, Files.exists(path) ? "not a regular file" : "no such file or directory");
            return Stream.empty();
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            fail(name, "no such file or directory");
            return Stream.empty();
        } catch (IOException | SecurityException e) {
            fail(name, "cannot read: " + e.getClass().getSimpleName());
            return Stream.empty();
        }
        InputFormat format = InputFormat.fromFileName(path.getFileName().toString()).orElse(null);
        return stream(in, name, "file", format).onClose(() -> closeQuietly(in));
    }

    private Stream<RawArticle> url(String url) {
        if (fetcher == null) {
            fetcher = new HttpFetcher(options.httpTimeout(), options.maxDocumentBytes());
        }
        HttpFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(url);
        } catch (HttpFetcher.FetchException e) {
            fail(url, e.getMessage());
            return Stream.empty();
        }
        InputContext ctx = new InputContext(url, Objects.requireNonNullElse(SiteNames.of(url), "web"), options);
        byte[] body = fetched.body();
        InputFormat format = InputFormat.fromContentType(fetched.contentType())
                .or(() -> InputFormat.fromFileName(fetched.uri().getPath() == null ? "" : fetched.uri().getPath()))
                .orElseGet(() -> InputFormat.sniff(body, Math.min(body.length, SNIFF_BYTES)));
        return complete(whole(body, format, fetched.charset(), fetched.uri().toString(), ctx), ctx);
    }

    /** An input read as a stream: JSON Lines and CSV record by record, the others whole, up to the size limit. */
    private Stream<RawArticle> stream(InputStream raw, String name, String defaultSource, InputFormat known) {
        InputContext ctx = new InputContext(name, defaultSource, options);
        BufferedInputStream in = new BufferedInputStream(raw, 65536);
        InputFormat format = known;
        if (format == null) {
            try {
                format = sniff(in);
            } catch (IOException e) {
                ctx.fail(0, "cannot read: " + e.getClass().getSimpleName());
                return Stream.empty();
            }
        }
        if (format == InputFormat.JSON_LINES) {
            return complete(JsonLinesArticles.read(in, ctx), ctx);
        }
        if (format == InputFormat.CSV) {
            return complete(CsvArticles.read(in, ctx), ctx);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxDocumentBytes() + 1));
        } catch (IOException e) {
            ctx.fail(0, "cannot read: " + e.getClass().getSimpleName());
            return Stream.empty();
        }
        if (bytes.length > options.maxDocumentBytes()) {
            ctx.fail(0, "larger than " + options.maxDocumentBytes() + " bytes, skipped");
            return Stream.empty();
        }
        return complete(whole(bytes, format, null, null, ctx), ctx);
    }

    private static Stream<Draft> whole(byte[] bytes, InputFormat format, String charset, String url, InputContext ctx) {
        if (format != InputFormat.TEXT && bytes.length > 0 && looksBinary(bytes)) {
            ctx.fail(0, "binary content, not text");
            return Stream.empty();
        }
        if (format != InputFormat.TEXT && isBlank(bytes)) {
            ctx.fail(0, "empty input");
            return Stream.empty();
        }
        return switch (format) {
            case TEXT -> TextArticles.read(bytes, ctx);
            case HTML -> HtmlArticles.read(bytes, charset, url, ctx);
            case FEED -> FeedArticles.read(bytes, url, ctx);
            case JSON_LINES -> JsonLinesArticles.read(new ByteArrayInputStream(bytes), ctx);
            case CSV -> CsvArticles.read(new ByteArrayInputStream(bytes), ctx);
        };
    }

    private static Stream<RawArticle> complete(Stream<Draft> drafts, InputContext ctx) {
        return drafts.map(ctx::complete).filter(Objects::nonNull);
    }

    /** Peeks at the first non-blank bytes; the stream is left where it was. */
    private static InputFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES + 1);
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        while (n < head.length) {
            int r = in.read(head, n, head.length - n);
            if (r == -1) {
                break;
            }
            n += r;
            String seen = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8).strip();
            // JSON and plain text show themselves at once; markup needs a look at the root element.
            if (!seen.isEmpty() && (seen.charAt(0) != '<' || n >= 256)) {
                break;
            }
        }
        in.reset();
        return InputFormat.sniff(head, n);
    }

    /** NUL bytes in the first kilobytes, without a UTF-16 byte-order mark: an image, an archive, a binary. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private void fail(String input, String reason) {
        options.onFailure().accept(new ReadFailure(input, 0, reason));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }

    /** Stdin and caller-owned streams stay open when their articles are read. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner closes it
        }
    }
}
