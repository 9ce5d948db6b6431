package io.irready.checks.detection;

import io.irready.checks.CheckContext;
import io.irready.checks.RegionCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.EvidenceType;
import io.irready.services.guardduty.GuardDutyEvidence;

/** IR-DET-01: GuardDuty has an enabled detector in every Region in scope. */
public final class GuardDutyEnabledCheck extends RegionCheck<GuardDutyEvidence> {

    @Override
    protected EvidenceType<GuardDutyEvidence> evidence() {
        return GuardDutyEvidence.TYPE;
    }

    @Override
    protected String resource(String region) {
        return "GuardDuty in " + region;
    }

    @Override
    protected Verdict judge(GuardDutyEvidence guardDuty, String region, CheckContext context) {
        return Verdict.given(guardDuty.detectors(), "The GuardDuty detectors", detectors -> {
            if (detectors.isEmpty()) {
                return Verdict.fail("GuardDuty has no detector in " + region + ".");
            }
            var enabled = detectors.stream().filter(d -> "ENABLED".equals(d.status())).findFirst();
            if (enabled.isPresent()) {
                return Verdict.pass("GuardDuty detector " + enabled.get().id() + " is enabled in " + region + ".");
            }
            var unread = detectors.stream().filter(d -> d.status() == null).findFirst();
            if (unread.isPresent()) {
                return Verdict.unknown("The status of GuardDuty detector " + unread.get().id() + " in " + region
                        + " could not be read (guardduty:GetDetector failed).");
            }
            return Verdict.fail("GuardDuty detector " + detectors.get(0).id() + " in " + region + " is " + detectors.get(0).status() + ", not ENABLED.");
        });
    }
}
