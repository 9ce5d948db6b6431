package io.irready.checks;

/** The result of one check on one resource. UNKNOWN means the evidence could not be read and counts as a gap. */
public enum Status {
    PASS, FAIL, UNKNOWN, NOT_APPLICABLE
}
