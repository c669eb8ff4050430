package io.newsflow.core.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows, streamed: comma separated, fields optionally in double quotes, a quote inside a quoted field
 * doubled, line breaks inside quoted fields kept. Each row remembers the line it starts on, for error messages.
 * Lenient where Excel is (text after a closing quote is kept), strict where guessing would shift every later row
 * (a quote that never closes).
 */
public final class CsvRows implements Closeable {

    public record Row(long line, List<String> fields) {
    }

    /** A row that cannot be parsed; nothing after it can be trusted. */
    public static final class MalformedCsvException extends IOException {
        private final long line;

        MalformedCsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int len;
    private int pushedBack = Integer.MIN_VALUE;
    private long line = 1;

    public CsvRows(Reader in) {
        this.in = in;
    }

    /** Every non-blank row of a CSV text, the header included. */
    public static List<List<String>> parse(String text) throws MalformedCsvException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRows csv = new CsvRows(new StringReader(text))) {
            for (Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row.fields());
            }
        } catch (MalformedCsvException e) {
            throw e;
        } catch (IOException e) {
            throw new AssertionError("a StringReader does not fail", e);
        }
        return rows;
    }

    /** The next row that is not blank, or null at the end of the input. */
    public Row next() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return null;
            }
            long start = line;
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue; // blank line
            }
            unread(c);
            return new Row(start, fields(start));
        }
    }

    private List<String> fields(long start) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == EOF) {
                    throw new MalformedCsvException(start, "a quoted field that starts on this line never closes");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        unread(d);
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        endOfLine(c);
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
                continue;
            }
            if (c == EOF || c == '\n' || c == '\r') {
                if (c != EOF) {
                    endOfLine(c);
                }
                fields.add(field.toString());
                return fields;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            field.append((char) c);
        }
    }

    /** Counts a line break, taking CRLF as one. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                unread(d);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (pos == len) {
            len = in.read(buffer);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return EOF;
            }
        }
        return buffer[pos++];
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
