package io.irready.checks.detection;

import io.irready.checks.CheckContext;
import io.irready.checks.RegionCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.EvidenceType;
import io.irready.services.detective.DetectiveEvidence;

/**
 * IR-DET-05: in every Region in scope the account's activity feeds a Detective behavior graph: it owns a
 * graph (the administrator) or is an ENABLED member of one.
 */
public final class DetectiveCheck extends RegionCheck<DetectiveEvidence> {

    @Override
    protected EvidenceType<DetectiveEvidence> evidence() {
        return DetectiveEvidence.TYPE;
    }

    @Override
    protected String resource(String region) {
        return "Detective in " + region;
    }

    @Override
    protected Verdict judge(DetectiveEvidence detective, String region, CheckContext context) {
        if (detective.graphs().data().map(graphs -> !graphs.isEmpty()).orElse(false)) {
            return Verdict.pass("The account administers Detective graph " + detective.graphs().data().get().get(0) + " in " + region + ".");
        }
        return Verdict.given(detective.memberships(), "The Detective memberships", memberships -> {
            var enabled = memberships.stream().filter(m -> "ENABLED".equals(m.status())).findFirst();
            if (enabled.isPresent()) {
                return Verdict.pass("The account is an enabled member of Detective graph " + enabled.get().graphArn() + " in " + region + ".");
            }
            if (!detective.graphs().isCollected()) {
                return Verdict.unknown("The account is no enabled graph member in " + region + ", and its own graphs could not be read: "
                        + detective.graphs().gap());
            }
            return Verdict.fail(memberships.isEmpty() ? "No Detective behavior graph covers the account in " + region + "."
                    : "The account's Detective membership in " + region + " is " + memberships.get(0).status() + ", not ENABLED.");
        });
    }
}
