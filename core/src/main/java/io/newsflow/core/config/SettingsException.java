package io.newsflow.core.config;

/** A wrong or missing option or argument. Its message names it, so that the user knows what to fix. */
public final class SettingsException extends RuntimeException {
    private final String option;

    public SettingsException(String option, String problem) {
        super("--" + option + ": " + problem);
        this.option = option;
    }

    private SettingsException(String problem) {
        super(problem);
        this.option = "";
    }

    /** A wrong or missing positional argument: the message is the problem as it is. */
    public static SettingsException argument(String problem) {
        return new SettingsException(problem);
    }

    /** The option's name, or empty for a positional argument. */
    public String option() {
        return option;
    }
}
