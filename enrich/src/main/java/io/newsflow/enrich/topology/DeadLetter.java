package io.newsflow.enrich.topology;

/**
 * Why a record goes to the DLQ.
 *
 * @param reason       short machine-readable reason (see the constants)
 * @param errorClass   the exception's class, or the validation rule that failed
 * @param errorMessage a human-readable explanation
 */
public record DeadLetter(String reason, String errorClass, String errorMessage) {
    public static final String DESERIALIZATION = "deserialization";
    public static final String INVALID = "invalid";
    public static final String TOO_LARGE = "too-large";
    public static final String UNSUPPORTED_LANGUAGE = "unsupported-language";
    public static final String PROCESSING = "processing";

    public static DeadLetter of(String reason, Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new DeadLetter(reason, e.getClass().getName(), message);
    }

    public static DeadLetter invalid(String rule, String message) {
        return new DeadLetter(INVALID, rule, message);
    }
}
