package io.irready.checks;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** How much a gap matters; the weight is its share in the readiness score. */
public enum Severity {
    CRITICAL(8), HIGH(4), MEDIUM(2), LOW(1);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
