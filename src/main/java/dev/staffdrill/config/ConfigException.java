package dev.staffdrill.config;

/** A setting that is unknown or malformed; the message names the variable and what it expects. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
