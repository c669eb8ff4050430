package io.newsflow.core.config;

/** A wrong or missing option. Its message names the option, so that the user knows what to fix. */
public final class SettingsException extends RuntimeException {
    private final String option;

    public SettingsException(String option, String problem) {
        super("--" + option + ": " + problem);
        this.option = option;
    }

    public String option() {
        return option;
    }
}
