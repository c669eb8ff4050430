package io.newsflow.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of text inputs and the whitespace clean-up of titles and bodies. */
final class Texts {

    /** Whitespace, including the no-break spaces that Java's strip() keeps and web text is full of. */
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\u200B]";
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^" + SPACE + "+|" + SPACE + "+$");
    private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile(SPACE + "+");

    private Texts() {
    }

    /** Thrown for inputs that are not text: invalid UTF-8, or NUL characters. */
    static final class NotTextException extends Exception {
        NotTextException(String message) {
            super(message);
        }
    }

    /** UTF-8 (or UTF-16 with its byte-order mark), strictly: a binary file is refused, not turned into noise. */
    static String decode(byte[] bytes) throws NotTextException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException("not UTF-8 text (binary file?)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new NotTextException("binary content (NUL characters)");
        }
        return text;
    }

    /** A headline on one line: whitespace runs become one space, control characters go. */
    static String title(String s) {
        if (s == null) {
            return "";
        }
        return EDGES.matcher(RUNS.matcher(stripControls(s)).replaceAll(" ")).replaceAll("");
    }

    /**
     * Plain text with paragraphs separated by one blank line: line ends unified, lines trimmed, runs of blank lines
     * collapsed, control characters other than newline and tab removed.
     */
    static String body(String s) {
        if (s == null) {
            return "";
        }
        String[] lines = stripControls(s.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1);
        StringBuilder sb = new StringBuilder(s.length());
        boolean blankPending = false;
        for (String line : lines) {
            String t = EDGES.matcher(line).replaceAll("");
            if (t.isEmpty()) {
                blankPending = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(blankPending ? "\n\n" : "\n");
            }
            sb.append(t);
            blankPending = false;
        }
        return sb.toString();
    }

    private static String stripControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || c == '\uFEFF';
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
