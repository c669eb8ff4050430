package io.newsflow.ingest.read;

/**
 * An input, or one record of it, that could not be read as an article. The reason names the problem, never the
 * article's text, so that it can be logged.
 *
 * @param input  the file, URL or "stdin"
 * @param line   the 1-based line of the record in the input, or 0 when the problem is not on one line
 * @param reason what is wrong
 */
public record ReadFailure(String input, long line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? input + ":" + line + ": " + reason : input + ": " + reason;
    }
}
