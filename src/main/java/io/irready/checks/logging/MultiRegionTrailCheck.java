package io.irready.checks.logging;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.cloudtrail.Trail;
import io.irready.evidence.cloudtrail.TrailSelectors;
import io.irready.evidence.cloudtrail.TrailStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-01: at least one multi-Region trail is logging all read and write management events in the
 * account: one of its own, or an organization trail, which logs every member account.
 */
public final class MultiRegionTrailCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-LOG-01",
            "Multi-Region trail records all management events",
            Severity.CRITICAL,
            Area.CLOUDTRAIL,
            "CloudTrail is the primary record of who did what in an account. Responders need every API call "
                    + "in every Region, read and write, including global services; event history alone keeps only "
                    + "90 days of management events and cannot be queried across accounts.",
            "Create (or fix) one multi-Region trail that logs all management events:\n"
                    + "aws cloudtrail create-trail --name org-audit --s3-bucket-name <log-bucket> "
                    + "--is-multi-region-trail --include-global-service-events --enable-log-file-validation\n"
                    + "aws cloudtrail put-event-selectors --trail-name org-audit "
                    + "--event-selectors '[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true}]'\n"
                    + "aws cloudtrail start-logging --name org-audit\n"
                    + "In an AWS Organization prefer one organization trail from the management account.",
            List.of("AWS SIR Guide: Preparation - Logs", "NIST SP 800-61r2: Preparation, Detection & Analysis",
                    "CSF 2.0 DE.CM-09", "CIS AWS Foundations 3.1", "Security Hub CloudTrail.1, CloudTrail.3",
                    "Well-Architected SEC04-BP01"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        String ref = EvidenceFile.CLOUDTRAIL.ref(account.target().accountId(), null);
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
                return findings.pass(EvidenceFile.GLOBAL, trail.arn(), message, candidate.ref()).toList();
            }
            if (problems.isEmpty()) {
                gaps.add(candidate.describe() + ": " + String.join("; ", trailGaps));
            } else {
                failures.add(candidate.describe() + " " + String.join(", ", problems));
            }
        }
        if (!gaps.isEmpty()) {
            return findings.unknown(EvidenceFile.GLOBAL, "account",
                    "No trail is confirmed to log all management events; could not read: " + String.join("; ", gaps)
                            + (failures.isEmpty() ? "" : "; and " + String.join("; ", failures)), ref).toList();
        }
        String detail = failures.isEmpty() ? "the account has no trail" : String.join("; ", failures);
        return findings.fail(EvidenceFile.GLOBAL, "account",
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
