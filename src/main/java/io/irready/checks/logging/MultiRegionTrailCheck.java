package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Findings;
import io.irready.checks.Finding;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-01: at least one multi-Region trail is logging all read and write management events in the
 * account: one of its own, or an organization trail, which logs every member account.
 */
public final class MultiRegionTrailCheck extends BaseCheck {



    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        CoveringTrails covering = CoveringTrails.of(account);
        List<String> failures = new ArrayList<>();
        List<String> gaps = new ArrayList<>(covering.gaps());
        for (CoveringTrails.CoveringTrail candidate : covering.trails()) {
            Trail trail = candidate.trail();
            List<String> problems = new ArrayList<>();
            List<String> trailGaps = new ArrayList<>();
            assess(trail, problems, trailGaps);
            if (problems.isEmpty() && trailGaps.isEmpty()) {
                String message = candidate.organizationTrail()
                        ? "Covered by the " + candidate.describe() + ", read in the organization's management account: multi-Region, "
                                + "logging, and records all read and write management events."
                        : "Trail '" + trail.name() + "' is multi-Region, logging, and records all read and write management events.";
                return findings.pass(null, trail.arn(), message, candidate.ref()).toList();
            }
            if (problems.isEmpty()) {
                gaps.add(candidate.describe() + ": " + String.join("; ", trailGaps));
            } else {
                failures.add(candidate.describe() + " " + String.join(", ", problems));
            }
        }
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account",
                    "No trail is confirmed to log all management events; could not read: " + String.join("; ", gaps)
                            + (failures.isEmpty() ? "" : "; and " + String.join("; ", failures)), ref).toList();
        }
        String detail = failures.isEmpty() ? "the account has no trail" : String.join("; ", failures);
        return findings.fail(null, "account",
                "No multi-Region trail logs all read and write management events: " + detail + ".", ref).toList();
    }

    private static void assess(Trail trail, List<String> problems, List<String> gaps) {
        if (!trail.multiRegion()) {
            problems.add("is not multi-Region");
        }
        if (!trail.includeGlobalServiceEvents()) {
            problems.add("does not include global service events");
        }
        Evidence<TrailStatus> status = trail.status();
        if (status.data().isEmpty()) {
            gaps.add(status.gap());
        } else if (!status.data().get().logging()) {
            problems.add("is not logging");
        }
        Evidence<TrailSelectors> selectors = trail.selectors();
        if (selectors.data().isEmpty()) {
            gaps.add(selectors.gap());
        } else {
            ManagementEventCoverage coverage = ManagementEventCoverage.of(selectors.data().get());
            if (!coverage.all()) {
                problems.add(coverage.describe());
            }
        }
    }
}
