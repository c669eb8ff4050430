package io.newsflow.core.schema;

/**
 * One occurrence of an entity: character offsets {@code [start, end)} into the article's {@code title} or {@code body}.
 *
 * @param field "title" or "body"
 * @param start first character (UTF-16 index, as Java and JavaScript count)
 * @param end   one past the last character
 * @param text  the mention's surface text, exactly {@code field.substring(start, end)}
 */
public record Mention(String field, int start, int end, String text) {
    public static final String TITLE = "title";
    public static final String BODY = "body";
}
