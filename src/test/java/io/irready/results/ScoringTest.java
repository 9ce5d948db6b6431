package io.irready.results;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    @Test
    void eachCheckWeighsItsSeverityWhateverItsNumberOfResources() {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("IR-LOG-01", Severity.CRITICAL, Status.FAIL, "a"));
        for (int i = 0; i < 100; i++) {
            findings.add(finding("IR-TAG-02", Severity.MEDIUM, i < 75 ? Status.PASS : Status.FAIL, "a"));
        }
        // (8 * 0 + 2 * 0.75) / (8 + 2)
        assertThat(Scoring.score(findings).getAsDouble()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void unknownCountsAgainstAndNotApplicableIsLeftOut() {
        List<Finding> findings = List.of(
                finding("IR-ACC-02", Severity.HIGH, Status.PASS, "a"),
                finding("IR-ACC-02", Severity.HIGH, Status.UNKNOWN, "a"),
                finding("IR-ACC-03", Severity.HIGH, Status.NOT_APPLICABLE, "a"));
        assertThat(Scoring.score(findings).getAsDouble()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void accountsAreScoredSeparatelyAndNothingAssessedHasNoScore() {
        List<Finding> findings = List.of(finding("IR-LOG-03", Severity.MEDIUM, Status.PASS, "a"),
                finding("IR-LOG-03", Severity.MEDIUM, Status.FAIL, "b"), finding("IR-LOG-03", Severity.MEDIUM, Status.FAIL, "b"));
        assertThat(Scoring.score(findings).getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(Scoring.score(List.of(finding("IR-LOG-03", Severity.MEDIUM, Status.NOT_APPLICABLE, "a")))).isEmpty();
    }

    @Test
    void theGateCountsFailAndUnknownAtOrAboveTheThreshold() {
        List<Finding> findings = List.of(finding("IR-LOG-01", Severity.CRITICAL, Status.UNKNOWN, "a"),
                finding("IR-LOG-03", Severity.MEDIUM, Status.FAIL, "a"), finding("IR-ACC-02", Severity.HIGH, Status.PASS, "a"));
        assertThat(ExitGate.breaches(findings, Severity.LOW)).isEqualTo(2);
        assertThat(ExitGate.breaches(findings, Severity.HIGH)).isEqualTo(1);
        assertThat(ExitGate.breaches(List.of(findings.get(1)), Severity.HIGH)).isZero();
    }

    static Finding finding(String check, Severity severity, Status status, String account) {
        return new Finding(check, check, severity, Area.CLOUDTRAIL, account, account, "us-east-1", "r-" + Math.random(), status, "", "");
    }
}
