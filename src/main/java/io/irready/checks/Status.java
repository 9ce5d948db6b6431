package io.irready.checks;

/**
 * The result of one check on one resource. UNKNOWN means the evidence could not be read and counts as
 * a gap. SKIPPED marks an account of the organization that was not audited (suspended, closing, or
 * excluded by configuration); it is neither a pass nor a gap.
 */
public enum Status {
    PASS, FAIL, UNKNOWN, NOT_APPLICABLE, SKIPPED,
    /** A FAIL whose risk was accepted by a waiver in force (config/waivers.yml): listed with the waiver, not counted as a gap. */
    WAIVED
}
