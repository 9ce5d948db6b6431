package io.irready.results;

import io.irready.checks.Severity;
import io.irready.checks.Status;

/** How one check came out in one account: its findings counted by status; the severity is the check's weight. */
public final class CheckTally {

    private final Severity severity;
    private long pass;
    private long fail;
    private long unknown;
    private long notApplicable;

    public CheckTally(Severity severity) {
        this.severity = severity;
    }

    public void add(Status status) {
        switch (status) {
            case PASS -> pass++;
            case FAIL -> fail++;
            case UNKNOWN -> unknown++;
            case NOT_APPLICABLE -> notApplicable++;
            // A FAIL whose risk was accepted, or a Region that was not audited: neither passing nor a gap, so left out of the score.
            case WAIVED, SKIPPED -> {
            }
        }
    }

    public Severity severity() {
        return severity;
    }

    public long pass() {
        return pass;
    }

    public long fail() {
        return fail;
    }

    public long unknown() {
        return unknown;
    }

    public long notApplicable() {
        return notApplicable;
    }

    public long assessed() {
        return pass + fail + unknown;
    }

    /** The share of assessed findings that pass, in percent; null when nothing was assessed. */
    public Double passRate() {
        return assessed() == 0 ? null : 100.0 * pass / assessed();
    }

    public boolean hasGaps() {
        return fail + unknown > 0;
    }
}
