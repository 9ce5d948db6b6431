package io.irready.results;

import io.irready.checks.Severity;
import io.irready.checks.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    @Test
    void eachCheckWeighsItsSeverityWhateverItsNumberOfResources() {
        CheckTally trail = tally(Severity.CRITICAL, Status.FAIL);
        CheckTally tags = new CheckTally(Severity.MEDIUM);
        for (int i = 0; i < 100; i++) {
            tags.add(i < 75 ? Status.PASS : Status.FAIL);
        }
        // (8 * 0 + 2 * 0.75) / (8 + 2)
        assertThat(Scoring.score(List.of(trail, tags)).getAsDouble()).isCloseTo(15.0, within(1e-9));
        assertThat(tags.passRate()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void unknownCountsAgainstAndNotApplicableIsLeftOut() {
        CheckTally roles = tally(Severity.HIGH, Status.PASS, Status.UNKNOWN);
        CheckTally trust = tally(Severity.HIGH, Status.NOT_APPLICABLE);
        assertThat(Scoring.score(List.of(roles, trust)).getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(trust.passRate()).isNull();
    }

    @Test
    void accountsAreScoredSeparatelyAndNothingAssessedHasNoScore() {
        CheckTally inA = tally(Severity.MEDIUM, Status.PASS);
        CheckTally inB = tally(Severity.MEDIUM, Status.FAIL, Status.FAIL);
        assertThat(Scoring.score(List.of(inA, inB)).getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(Scoring.score(List.of(tally(Severity.MEDIUM, Status.NOT_APPLICABLE)))).isEmpty();
    }

    @Test
    void aSkippedRegionsFindingIsNeitherAPassNorAGap() {
        CheckTally tally = new CheckTally(Severity.HIGH);
        tally.add(Status.PASS);
        tally.add(Status.SKIPPED);
        tally.add(Status.SKIPPED);
        assertThat(tally.assessed()).isEqualTo(1);
        assertThat(tally.passRate()).isEqualTo(100.0);
        assertThat(tally.hasGaps()).isFalse();
    }

    @Test
    void theGateCountsFailAndUnknownAtOrAboveTheThreshold() {
        Map<Severity, Long> gaps = Map.of(Severity.CRITICAL, 1L, Severity.MEDIUM, 1L, Severity.HIGH, 0L);
        assertThat(ExitGate.breaches(gaps, Severity.LOW)).isEqualTo(2);
        assertThat(ExitGate.breaches(gaps, Severity.HIGH)).isEqualTo(1);
        assertThat(ExitGate.breaches(Map.of(Severity.MEDIUM, 1L), Severity.HIGH)).isZero();
    }

    private static CheckTally tally(Severity severity, Status... statuses) {
        CheckTally tally = new CheckTally(severity);
        for (Status status : statuses) {
            tally.add(status);
        }
        return tally;
    }
}
