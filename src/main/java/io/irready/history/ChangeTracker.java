package io.irready.history;

import io.irready.checks.Finding;
import io.irready.checks.Finding.Change;
import io.irready.checks.Finding.ChangeState;
import io.irready.checks.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    /** The previous run's findings by group, for a finding whose exact key it lacks; built on first need. */
    private Map<String, List<String>> groups;

    private Map<String, HistoryStore.PastFinding> before() {
        try {
            return before.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** One finding on its own: compared by its exact key. */
    public Finding compare(Finding finding) {
        return compare(finding, false);
    }

    /**
     * One account's findings. A finding without an exact match is compared with the previous run's finding of the same
     * check, account and Region when each run has exactly one there: a check that reports once per account and Region
     * may name a different resource when its outcome changes (the trail when it passes, the account when it fails).
     */
    public List<Finding> compareAccount(List<Finding> findings) {
        Map<String, Integer> sizes = new HashMap<>();
        findings.forEach(f -> sizes.merge(FindingKey.group(f), 1, Integer::sum));
        List<Finding> compared = new ArrayList<>(findings.size());
        findings.forEach(f -> compared.add(compare(f, sizes.get(FindingKey.group(f)) == 1)));
        return compared;
    }

    private Finding compare(Finding finding, boolean aloneInGroup) {
        String key = FindingKey.of(finding);
        seen.add(key);
        Status status = finding.status();
        if (status == Status.SKIPPED || status == Status.NOT_APPLICABLE || status == Status.WAIVED) {
            return finding;
        }
        HistoryStore.PastFinding past = before().get(key);
        if (past == null && aloneInGroup) {
            List<String> group = groups().getOrDefault(FindingKey.group(finding), List.of());
            if (group.size() == 1) {
                seen.add(group.get(0));
                past = before().get(group.get(0));
            }
        }
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

    private Map<String, List<String>> groups() {
        if (groups == null) {
            groups = new HashMap<>();
            before().forEach((key, past) -> {
                if (past.groupKey() != null) {
                    groups.computeIfAbsent(past.groupKey(), g -> new ArrayList<>(1)).add(key);
                }
            });
        }
        return groups;
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
