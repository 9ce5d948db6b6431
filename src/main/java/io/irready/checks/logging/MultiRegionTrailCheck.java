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
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.Trail;
import io.irready.evidence.cloudtrail.TrailSelectors;
import io.irready.evidence.cloudtrail.TrailStatus;

import java.util.ArrayList;
import java.util.List;

/** IR-LOG-01: at least one multi-Region trail is logging all read and write management events. */
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
        Evidence<CloudTrailEvidence> evidence = account.cloudTrail();
        if (evidence.data().isEmpty()) {
            return findings.unknown(EvidenceFile.GLOBAL, "account", "Trails could not be read: " + evidence.gap(), ref).toList();
        }
        CloudTrailEvidence cloudTrail = evidence.data().get();

        List<String> failures = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Trail trail : cloudTrail.trails()) {
            List<String> problems = new ArrayList<>();
            List<String> trailGaps = new ArrayList<>();
            assess(trail, problems, trailGaps);
            if (problems.isEmpty() && trailGaps.isEmpty()) {
                return findings.pass(EvidenceFile.GLOBAL, trail.arn(), "Trail '" + trail.name()
                        + "' is multi-Region, logging, and records all read and write management events.", ref).toList();
            }
            if (problems.isEmpty()) {
                gaps.add("trail '" + trail.name() + "': " + String.join("; ", trailGaps));
            } else {
                failures.add("trail '" + trail.name() + "' " + String.join(", ", problems));
            }
        }
        boolean noRegionListed = cloudTrail.trailArnsByRegion().values().stream().allMatch(e -> e.data().isEmpty());
        if (noRegionListed) {
            cloudTrail.trailArnsByRegion().forEach((region, e) -> gaps.add(region + ": " + e.gap()));
        }
        if (!gaps.isEmpty()) {
            return findings.unknown(EvidenceFile.GLOBAL, "account",
                    "No trail is confirmed to log all management events; could not read: " + String.join("; ", gaps), ref).toList();
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
