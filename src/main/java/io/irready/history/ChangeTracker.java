package io.irready.history;

import io.irready.checks.Finding;
import io.irready.checks.Finding.Change;
import io.irready.checks.Finding.ChangeState;
import io.irready.checks.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compares each finding of a run with the same finding (check, account, Region, resource) in the previous
 * comparable run, and dates the start of an unbroken run of gaps. UNKNOWN counts as a gap, as in the score.
 */
public final class ChangeTracker {

    private final HistoryStore.PastRun previous;
    private final CompletableFuture<Map<String, HistoryStore.PastFinding>> before;
    private final Instant now;
    private final Set<String> seen = new HashSet<>();

    /** @param previous the previous comparable run, or null for the first run of a scope */
    public ChangeTracker(HistoryStore.PastRun previous, Map<String, HistoryStore.PastFinding> before, Instant now) {
        this(previous, CompletableFuture.completedFuture(before), now);
    }

    /** With the previous run's findings still loading (a run evaluates its first account meanwhile). */
    public ChangeTracker(HistoryStore.PastRun previous, CompletableFuture<Map<String, HistoryStore.PastFinding>> before, Instant now) {
        this.previous = previous;
        this.before = before;
        this.now = now;
    }

    private Map<String, HistoryStore.PastFinding> before() {
        try {
            return before.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Finding compare(Finding finding) {
        String key = FindingKey.of(finding);
        seen.add(key);
        Status status = finding.status();
        if (status == Status.SKIPPED || status == Status.NOT_APPLICABLE || status == Status.WAIVED) {
            return finding;
        }
        HistoryStore.PastFinding past = before().get(key);
        Status was = past == null ? null : past.status();
        String previousRunId = previous == null ? null : previous.runId();
        if (isGap(status)) {
            if (was != null && isGap(was)) {
                Instant since = past.firstSeen() != null ? past.firstSeen() : previous.startedAt();
                return finding.withChange(new Change(ChangeState.STILL_FAILING, was, previousRunId, since.toString(), days(since)));
            }
            ChangeState state = was == Status.PASS ? ChangeState.REGRESSED : ChangeState.NEW;
            return finding.withChange(new Change(state, was, previousRunId, now.toString(), 0L));
        }
        ChangeState state = was != null && isGap(was) ? ChangeState.RESOLVED : ChangeState.UNCHANGED;
        return finding.withChange(new Change(state, was, previousRunId, null, null));
    }

    /** Gaps of the previous run whose finding this run did not produce at all (the resource or account is gone). */
    public long goneGaps() {
        return before().entrySet().stream().filter(e -> isGap(e.getValue().status()) && !seen.contains(e.getKey())).count();
    }

    static boolean isGap(Status status) {
        return status == Status.FAIL || status == Status.UNKNOWN;
    }

    private long days(Instant since) {
        return Math.max(0, Duration.between(since, now).toDays());
    }
}
