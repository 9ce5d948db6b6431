package io.irready.config;

/** One wrong configuration value: the key, what it holds, and what is expected instead. */
public record ConfigurationProblem(String key, String value, String expected) {

    @Override
    public String toString() {
        return key + " = " + (value == null ? "(not set)" : "'" + value + "'") + ": expected " + expected;
    }
}
