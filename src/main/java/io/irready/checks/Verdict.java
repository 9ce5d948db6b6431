package io.irready.checks;

import io.irready.evidence.Evidence;

import java.util.function.Function;

/** How a check judged one resource: a status and the message that says why. */
public record Verdict(Status status, String message) {

    public static Verdict pass(String message) {
        return new Verdict(Status.PASS, message);
    }

    public static Verdict fail(String message) {
        return new Verdict(Status.FAIL, message);
    }

    public static Verdict unknown(String message) {
        return new Verdict(Status.UNKNOWN, message);
    }

    public static Verdict notApplicable(String message) {
        return new Verdict(Status.NOT_APPLICABLE, message);
    }

    /**
     * {@code judge} applied to the collected data (which may be null where null means "not set"); NOT_APPLICABLE where
     * the service does not exist in the Region; UNKNOWN naming what could not be read ({@code what}) otherwise.
     */
    public static <T> Verdict given(Evidence<T> evidence, String what, Function<T, Verdict> judge) {
        if (evidence instanceof Evidence.Collected<T> collected) {
            return judge.apply(collected.value());
        }
        if (evidence instanceof Evidence.NoEndpoint<T> none) {
            return notApplicable("Nothing to judge: " + none.gap() + ".");
        }
        return unknown(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " could not be read: " + evidence.gap());
    }
}
