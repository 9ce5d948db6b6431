package io.irready.cli;

/** The exit codes of the command line; scripts and schedulers depend on them. */
public final class ExitCodes {

    /** The run completed and nothing failed at or above the configured severity. */
    public static final int CLEAN = 0;
    /** The run completed with FAIL or UNKNOWN findings at or above the configured severity. */
    public static final int GAPS = 1;
    /** Bad input or configuration; nothing was audited. */
    public static final int BAD_INPUT = 2;
    /** The run itself failed. */
    public static final int RUN_FAILED = 3;

    private ExitCodes() {
    }
}
