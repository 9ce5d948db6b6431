package io.irready.settings;

import java.util.List;
import java.util.function.Predicate;

/** One wrong configuration value: the key, what it holds, and what is expected instead. */
public record ConfigurationProblem(String key, String value, String expected) {

    /** The same problem under a section, e.g. {@code minimum-days} under {@code irready.checks.log-retention}. */
    public ConfigurationProblem under(String prefix) {
        return new ConfigurationProblem(prefix + "." + key, value, expected);
    }

    /** Adds a problem when {@code value} is outside {@code [min, max]}. */
    public static void range(List<ConfigurationProblem> problems, String key, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new ConfigurationProblem(key, String.valueOf(value), "a whole number from " + min + " to " + max));
        }
    }

    /** Adds a problem for each entry of a list that is null or not {@code valid}, keyed {@code key[index]}. */
    public static void each(List<ConfigurationProblem> problems, String key, List<String> values, Predicate<String> valid, String expected) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !valid.test(values.get(i))) {
                problems.add(new ConfigurationProblem(key + "[" + i + "]", values.get(i), expected));
            }
        }
    }

    @Override
    public String toString() {
        return key + " = " + (value == null ? "(not set)" : "'" + value + "'") + ": expected " + expected;
    }
}
