package io.irready.checks.access;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A three-valued answer (Kleene logic): YES, NO, or MAYBE when a construct the analysis does not judge
 * decides it; a MAYBE carries those constructs so that the finding can name them.
 */
record Truth(Value value, Set<String> doubts) {

    enum Value { NO, MAYBE, YES }

    static final Truth YES = new Truth(Value.YES, Set.of());
    static final Truth NO = new Truth(Value.NO, Set.of());

    Truth {
        doubts = Set.copyOf(doubts);
    }

    static Truth of(boolean value) {
        return value ? YES : NO;
    }

    static Truth maybe(String doubt) {
        return new Truth(Value.MAYBE, Set.of(doubt));
    }

    boolean yes() {
        return value == Value.YES;
    }

    boolean maybe() {
        return value == Value.MAYBE;
    }

    Truth not() {
        return switch (value) {
            case YES -> NO;
            case NO -> YES;
            case MAYBE -> this;
        };
    }

    Truth and(Truth other) {
        if (value == Value.NO || other.value == Value.NO) {
            return NO;
        }
        return value == Value.YES ? other : other.value == Value.YES ? this : merged(other);
    }

    Truth or(Truth other) {
        if (value == Value.YES || other.value == Value.YES) {
            return YES;
        }
        return value == Value.NO ? other : other.value == Value.NO ? this : merged(other);
    }

    private Truth merged(Truth other) {
        Set<String> both = new LinkedHashSet<>(doubts);
        both.addAll(other.doubts);
        return new Truth(Value.MAYBE, both);
    }
}
