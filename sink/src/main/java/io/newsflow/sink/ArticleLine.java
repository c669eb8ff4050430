package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.newsflow.core.json.Json;
import java.io.IOException;

/**
 * Decides whether a consumed value can be stored as one line of a JSON Lines file, and makes that line. A value is
 * accepted when it is exactly one JSON object with a non-blank string {@code id}: the sink stores what enrich wrote,
 * byte for byte, and does not re-validate the rest of the schema (readers ignore unknown fields, as
 * {@link Json#MAPPER} does).
 */
final class ArticleLine {

    /** Why a value was not stored: {@code reason} is a DLQ reason word, {@code detail} says what is wrong. */
    record Rejection(String reason, String detail) {
    }

    private ArticleLine() {
    }

    /** Null when the value is an article's JSON, else why not. Streams through the value without building a tree. */
    static Rejection check(byte[] value) {
        if (value == null) {
            return new Rejection("invalid", "null value (tombstone)");
        }
        if (value.length == 0) {
            return new Rejection("invalid", "empty value");
        }
        try (JsonParser p = Json.MAPPER.getFactory().createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Rejection("invalid", "not a JSON object");
            }
            String id = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken token = p.nextToken();
                if (name.equals("id") && token == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else {
                    p.skipChildren(); // still tokenizes, so broken JSON or UTF-8 inside is found
                }
            }
            if (p.nextToken() != null) {
                return new Rejection("deserialization", "data after the JSON object");
            }
            if (id == null || id.isBlank()) {
                return new Rejection("invalid", "no \"id\" string");
            }
            return null;
        } catch (JsonProcessingException e) {
            return new Rejection("deserialization", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Rejection("deserialization", "not valid JSON: " + e.getMessage());
        }
    }

    /**
     * The value as one line (without the line end): a leading UTF-8 byte order mark is dropped, and raw CR or LF
     * bytes become spaces. In a valid JSON value they can only be insignificant whitespace (inside strings they must be
     * escaped, and no multi-byte UTF-8 sequence contains them), so the JSON stays the same.
     */
    static byte[] of(byte[] value) {
        int start = hasByteOrderMark(value) ? 3 : 0;
        boolean multiline = false;
        for (int i = start; i < value.length && !multiline; i++) {
            multiline = value[i] == '\n' || value[i] == '\r';
        }
        if (start == 0 && !multiline) {
            return value;
        }
        byte[] line = new byte[value.length - start];
        for (int i = start; i < value.length; i++) {
            byte b = value[i];
            line[i - start] = b == '\n' || b == '\r' ? (byte) ' ' : b;
        }
        return line;
    }

    private static boolean hasByteOrderMark(byte[] v) {
        return v.length >= 3 && v[0] == (byte) 0xEF && v[1] == (byte) 0xBB && v[2] == (byte) 0xBF;
    }
}
