package io.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The catalogue of bad (and odd) inputs that enrich must survive: each ends in the DLQ with its reason, or in a
 * correct enriched record. Shared by the topology test and the integration test on a real broker.
 *
 * @param name     what the case is
 * @param key      the record key bytes (may be null)
 * @param value    the record value bytes (may be null: a tombstone)
 * @param reason   the DLQ reason expected, or null when an enriched record is expected
 * @param outputId the id of the enriched record expected, when reason is null
 */
public record BadInput(String name, byte[] key, byte[] value, String reason, String outputId) {

    @Override
    public String toString() {
        return name;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String article(String id, String title, String body) {
        return "{\"id\":" + quote(id) + ",\"title\":" + quote(title) + ",\"body\":" + quote(body) + ",\"language\":\"en\"}";
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static BadInput dlq(String name, String key, byte[] value, String reason) {
        return new BadInput(name, key == null ? null : utf8(key), value, reason, null);
    }

    private static BadInput ok(String name, String key, byte[] value, String outputId) {
        return new BadInput(name, key == null ? null : utf8(key), value, null, outputId);
    }

    /** Every case has a distinct id and distinct text, so that none is a duplicate of another. */
    public static List<BadInput> catalogue() {
        List<BadInput> cases = new ArrayList<>();
        String body = "Officials in Kazakhstan said 12 people were hurt.";
        cases.add(dlq("malformed JSON", "bad-1", utf8("{\"id\":\"bad-1\",\"body\":"), DeadLetter.DESERIALIZATION));
        cases.add(dlq("plain text instead of JSON", "bad-2", utf8("hello, world"), DeadLetter.DESERIALIZATION));
        cases.add(dlq("a JSON array", "bad-3", utf8("[1,2,3]"), DeadLetter.DESERIALIZATION));
        cases.add(dlq("wrong type: id is an object", "bad-4", utf8("{\"id\":{\"a\":1},\"body\":\"x y\"}"), DeadLetter.DESERIALIZATION));
        cases.add(dlq("wrong type: body is an array", "bad-5", utf8("{\"id\":\"bad-5\",\"body\":[\"a\"]}"), DeadLetter.DESERIALIZATION));
        cases.add(dlq("missing id and no key", null, utf8("{\"title\":\"t6\",\"body\":\"" + body + " six\"}"), DeadLetter.INVALID));
        cases.add(ok("missing id but keyed", "key-7", utf8("{\"title\":\"t7\",\"body\":\"" + body + " seven\"}"), "key-7"));
        cases.add(dlq("empty body", "bad-8", utf8(article("bad-8", "Title eight", "")), DeadLetter.INVALID));
        cases.add(dlq("whitespace-only body", "bad-9", utf8(article("bad-9", "Title nine", "  \n\t ")), DeadLetter.INVALID));
        cases.add(dlq("a 10 MB body", "bad-10", utf8(article("bad-10", "Huge", "word ".repeat(2 * 1024 * 1024))), DeadLetter.TOO_LARGE));
        byte[] binary = new byte[4096];
        new Random(11).nextBytes(binary);
        cases.add(dlq("binary bytes", "bad-11", binary, DeadLetter.DESERIALIZATION));
        byte[] invalidUtf8 = utf8(article("bad-12", "Title twelve", "abc XYZ"));
        int at = new String(invalidUtf8, StandardCharsets.ISO_8859_1).indexOf("XYZ");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28; // 0xC3 0x28 is not UTF-8
        cases.add(dlq("invalid UTF-8", "bad-12", invalidUtf8, DeadLetter.DESERIALIZATION));
        cases.add(dlq("raw control characters inside a JSON string", "bad-13",
                utf8("{\"id\":\"bad-13\",\"body\":\"a\u0001b\u0007c\"}"), DeadLetter.DESERIALIZATION));
        cases.add(ok("escaped control characters in the body", "ok-14",
                utf8(article("ok-14", "Title fourteen", "NUL \u0000 and BEL \u0007 in " + body)), "ok-14"));
        // Ids are opaque: whatever they look like, they are never used raw as a path.
        cases.add(ok("an id with ../", "../../etc/passwd", utf8(article("../../etc/passwd", "t15", body + " fifteen")), "../../etc/passwd"));
        cases.add(dlq("a huge title", "bad-16", utf8(article("bad-16", "T".repeat(100_000), body + " sixteen")), DeadLetter.INVALID));
        cases.add(dlq("a non-English article", "bad-17", utf8("{\"id\":\"bad-17\",\"title\":\"Grève\",\"body\":\"Les syndicats ont appelé à la grève.\",\"language\":\"fr\"}"),
                DeadLetter.UNSUPPORTED_LANGUAGE));
        cases.add(ok("HTML with scripts in the body", "ok-18",
                utf8(article("ok-18", "Scripted", "<p>" + body + "</p><script>alert('x')</script> eighteen")), "ok-18"));
        cases.add(ok("a null key with a valid id", null, utf8(article("ok-19", "Title nineteen", body + " nineteen")), "ok-19"));
        cases.add(dlq("a tombstone (null value)", "bad-20", null, DeadLetter.INVALID));
        cases.add(dlq("the JSON literal null", "bad-21", utf8("null"), DeadLetter.INVALID));
        cases.add(dlq("an empty value", "bad-22", new byte[0], DeadLetter.DESERIALIZATION));
        cases.add(ok("an id with spaces", "ok 23", utf8(article("ok 23", "t23", body + " twenty-three")), "ok 23"));
        cases.add(ok("emoji and other non-BMP text", "ok-24", utf8(article("ok-24", "Emoji \uD83D\uDE00", "\uD83D\uDE00 " + body + " \uD83C\uDF89 twenty-four")), "ok-24"));
        cases.add(ok("one 200,000-character word", "ok-25", utf8(article("ok-25", "Long word", "x".repeat(200_000))), "ok-25"));
        cases.add(ok("an unreadable publishedAt", "ok-26",
                utf8("{\"id\":\"ok-26\",\"title\":\"t26\",\"body\":\"" + body + " on Monday twenty-six\",\"publishedAt\":\"not a date\"}"), "ok-26"));
        cases.add(ok("unknown extra fields", "ok-27",
                utf8("{\"id\":\"ok-27\",\"title\":\"t27\",\"body\":\"" + body + " twenty-seven\",\"votes\":3,\"extra\":{\"a\":[1]}}"), "ok-27"));
        cases.add(dlq("JSON nested 5,000 deep", "bad-28", utf8("[".repeat(5000) + "]".repeat(5000)), DeadLetter.DESERIALIZATION));
        cases.add(ok("a key that differs from the id", "other-key", utf8(article("ok-29", "Title twenty-nine", body + " twenty-nine")), "ok-29"));
        cases.add(ok("Windows line endings and tabs", "ok-30", utf8(article("ok-30", "CRLF", "Line one.\r\n\r\n\t" + body + "\r\nthirty")), "ok-30"));
        for (String id : NASTY_IDS) {
            cases.add(ok("the id " + id, id, utf8(article(id, "Nasty id " + cases.size(), body + " " + id)), id));
        }
        cases.add(dlq("an id with a control character", "bad-31", utf8(article("bad-31\u0001x", "t31", body + " thirty-one")), DeadLetter.INVALID));
        cases.add(dlq("an id of 1,025 bytes", "bad-32", utf8(article("i".repeat(1025), "t32", body + " thirty-two")), DeadLetter.INVALID));
        return cases;
    }

    /** Ids as feeds and crawlers give them: URLs with / , ? % & and non-ASCII letters, the longest allowed. */
    public static final List<String> NASTY_IDS = List.of(
            "https://en.wikinews.org/wiki/Three_killed,_three_others_injured_in_stabbing_attack_in_Reading,_UK",
            "https://example.com/news?id=5&lang=en%20GB#p2",
            "https://de.example.org/nachrichten/Bürgermeister-Müller-tritt-zurück",
            "tag:example.com,2024:新闻/北京/42",
            "\"quoted\" 'id' with \\ backslash = and ; semicolon",
            "é".repeat(512));
}
