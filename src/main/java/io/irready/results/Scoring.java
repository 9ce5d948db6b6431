package io.irready.results;


import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The readiness score: for every account and check, the share of its assessed findings that pass
 * (UNKNOWN counts as not passing, NOT_APPLICABLE and SKIPPED are left out), weighted by the check's
 * severity, in percent. A check with many resources weighs as much as a check with one.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The score of a set of (account, check) tallies; empty when none was assessed. */
    public static OptionalDouble score(Collection<CheckTally> tallies) {
        double weighted = 0;
        double weights = 0;
        for (CheckTally tally : tallies) {
            if (tally.assessed() == 0) {
                continue;
            }
            int weight = tally.severity().weight();
            weighted += weight * (double) tally.pass() / tally.assessed();
            weights += weight;
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * weighted / weights);
    }
}
