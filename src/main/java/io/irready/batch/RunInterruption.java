package io.irready.batch;

import org.springframework.batch.core.job.JobInterruptedException;

/**
 * A request to stop the run (SIGTERM or SIGINT), checked by each step at points where stopping leaves
 * nothing half-done: between accounts, collectors and report files. A step that finds it set ends STOPPED,
 * so {@code audit --restart} resumes the run there.
 */
public final class RunInterruption {

    private volatile String reason;

    public void request(String reason) {
        this.reason = reason;
    }

    public boolean requested() {
        return reason != null;
    }

    public String reason() {
        return reason;
    }

    /** @throws Interrupted when a stop was requested */
    public void check() {
        if (reason != null) {
            throw new Interrupted(reason);
        }
    }

    /** Unchecked, so it can leave a lambda; its cause tells Spring Batch to mark the step STOPPED, not FAILED. */
    public static final class Interrupted extends RuntimeException {
        Interrupted(String reason) {
            super("interrupted by " + reason, new JobInterruptedException("interrupted by " + reason));
        }
    }
}
