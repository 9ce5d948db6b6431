package io.irready.checks.logging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.Evidence;
import io.irready.evidence.OrganizationFacts;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.LifecycleRule;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailSelectors.EventSelector;
import io.irready.services.cloudtrail.TrailStatus;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.checks.CheckCatalog;
import io.irready.results.Evaluator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.allManagementEvents;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.logBucket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member account whose own DescribeTrails shows no trail, judged with the organization's facts:
 * IR-LOG-01, IR-LOG-03 and IR-LOG-08 credit an organization trail only when it really qualifies.
 */
class OrganizationTrailCoverageTest {

    static final String ORG_TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail";
    static final String BUCKET = "org-trail-logs";

    private final MultiRegionTrailCheck multiRegion = new MultiRegionTrailCheck();
    private final LogFileValidationCheck validation = new LogFileValidationCheck();
    private final TrailBucketRetentionCheck retention = new TrailBucketRetentionCheck();

    @Test
    void aQualifyingOrganizationTrailCoversAMemberWithoutTrails() {
        var member = memberWith(organization(orgTrail(true, true, true, allManagementEvents())), lifecycleInOwner(2555));

        Finding coverage = only(multiRegion.evaluate(member, CONTEXT));
        assertThat(coverage.status()).isEqualTo(Status.PASS);
        assertThat(coverage.message()).contains("Covered by the organization trail 'org-trail'");
        assertThat(coverage.evidenceRef()).isEqualTo("data/organization.json");
        Finding validated = onlyFor(validation.evaluate(member, CONTEXT), ORG_TRAIL_ARN);
        assertThat(validated.status()).isEqualTo(Status.PASS);
        assertThat(validated.message()).contains("organization trail 'org-trail'");
        Finding kept = only(retention.evaluate(member, CONTEXT));
        assertThat(kept.status()).isEqualTo(Status.PASS);
        assertThat(kept.message()).contains("read in account 999988887777, which owns the bucket");
        assertThat(kept.evidenceRef()).isEqualTo("data/999988887777/cloudtrail.trails.json");
    }

    @Test
    void aStoppedSingleRegionOrReadOnlyOrganizationTrailCoversNobody() {
        var writeOnly = new TrailSelectors(List.of(new EventSelector("WriteOnly", true, List.of(), List.of())), List.of());
        for (Trail trail : List.of(orgTrail(true, true, false, allManagementEvents()), orgTrail(false, true, true, allManagementEvents()),
                orgTrail(true, true, true, writeOnly))) {
            Finding finding = only(multiRegion.evaluate(memberWith(organization(trail), Map.of()), CONTEXT));
            assertThat(finding.status()).as(trail.toString()).isEqualTo(Status.FAIL);
            assertThat(finding.message()).contains("organization trail 'org-trail'");
        }
    }

    @Test
    void anOrganizationTrailWithoutValidationFailsInEveryMember() {
        var member = memberWith(organization(orgTrail(true, false, true, allManagementEvents())), Map.of());
        Finding finding = onlyFor(validation.evaluate(member, CONTEXT), ORG_TRAIL_ARN);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("disabled on the organization trail 'org-trail'");
    }

    @Test
    void unreadableOrganizationFactsAreUnknownNeverPassOrFail() {
        var unreadable = new OrganizationFacts(denied("organizations:ListAccounts"), Map.of());
        var member = memberWith(unreadable, Map.of());

        Finding coverage = only(multiRegion.evaluate(member, CONTEXT));
        assertThat(coverage.status()).isEqualTo(Status.UNKNOWN);
        assertThat(coverage.message()).contains("the organization's trails: access denied to organizations:ListAccounts");
        assertThat(validation.evaluate(member, CONTEXT)).extracting(Finding::status).containsOnly(Status.UNKNOWN);
        assertThat(only(retention.evaluate(member, CONTEXT)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void theTrailsOwnStatusUnreadableInTheManagementAccountIsUnknown() {
        Trail statusDenied = new Trail(ORG_TRAIL_ARN, "org-trail", "us-east-1", true, true, true, true, BUCKET, null, null, null,
                denied("cloudtrail:GetTrailStatus"), Evidence.collected(allManagementEvents()));
        Finding finding = only(multiRegion.evaluate(memberWith(organization(statusDenied), Map.of()), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("access denied to cloudtrail:GetTrailStatus");
    }

    @Test
    void aBucketNoAuditedAccountOwnsIsUnknownAndAShortLifecycleInTheOwnerFails() {
        var notOwned = memberWith(organization(orgTrail(true, true, true, allManagementEvents())), Map.of());
        Finding unknown = only(retention.evaluate(notOwned, CONTEXT));
        assertThat(unknown.status()).isEqualTo(Status.UNKNOWN);
        assertThat(unknown.message()).contains("not owned by any audited account");

        var shortLived = memberWith(organization(orgTrail(true, true, true, allManagementEvents())), lifecycleInOwner(30));
        Finding fail = only(retention.evaluate(shortLived, CONTEXT));
        assertThat(fail.status()).isEqualTo(Status.FAIL);
        assertThat(fail.message()).contains("after 30 days").contains("read in account 999988887777");
    }

    @Test
    void theSameTrailListedByTheMemberAndTheOrganizationIsJudgedOnce() {
        Trail trail = orgTrail(true, true, true, allManagementEvents());
        var member = compliant().withTrails(trail).withOrganization(new OrganizationFacts(Evidence.collected(
                new OrganizationEvidence("o-1", "999988887777", "999988887777", Evidence.collected(List.of(trail)), List.of(),
                        Evidence.collected(List.of()), Evidence.collected(List.of()), Evidence.collected(List.of()))),
                Map.of(CloudTrailEvidence.TYPE, lifecycleInOwner(2555)))).build();
        assertThat(validation.evaluate(member, CONTEXT)).hasSize(1);
    }

    @Test
    void anAccountWhoseRoleCannotBeAssumedIsUnknownInEveryCheckEvenWhereTheOrganizationTrailWouldPass() {
        var reachable = memberWith(organization(orgTrail(true, true, true, allManagementEvents())), lifecycleInOwner(2555));
        var unreachable = compliant().withAccess(new Evidence.Failed<AccountAccess>("sts:AssumeRole",
                "the audit role arn:aws:iam::123456789012:role/irready-audit could not be assumed")).build();

        List<Finding> findings = new Evaluator(CheckCatalog.all()).evaluate(unreachable, CONTEXT);

        assertThat(findings).hasSize(CheckCatalog.all().size()).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.message()).startsWith("Not audited: ").contains("role/irready-audit could not be assumed");
            assertThat(f.evidenceRef()).isEqualTo("data/123456789012/access.json");
        });
    }

    /** A member whose own trails, as in moto and in an account that hides it, do not include the organization trail. */
    private static io.irready.evidence.AccountEvidence memberWith(OrganizationFacts organization, Map<String, Evidence<CloudTrailEvidence>> others) {
        var facts = new OrganizationFacts(organization.organization(), Map.of(CloudTrailEvidence.TYPE, others));
        return compliant().withCloudTrail(Evidence.collected(new CloudTrailEvidence(Map.of("us-east-1", Evidence.collected(List.of())), List.of(),
                Evidence.collected(List.of()), Map.of()))).withOrganization(facts).build();
    }

    private static OrganizationFacts organization(Trail trail) {
        return new OrganizationFacts(Evidence.collected(new OrganizationEvidence("o-1", "999988887777", "999988887777",
                Evidence.collected(List.of(trail)), List.of(), Evidence.collected(List.of()), Evidence.collected(List.of()),
                Evidence.collected(List.of()))), Map.of());
    }

    /** The log archive account 999988887777, which owns the organization trail's bucket. */
    private static Map<String, Evidence<CloudTrailEvidence>> lifecycleInOwner(int days) {
        return Map.of("999988887777", Evidence.collected(new CloudTrailEvidence(Map.of(), List.of(), Evidence.collected(List.of(BUCKET)),
                Map.of(BUCKET, logBucket(BUCKET, Evidence.collected(List.of(new LifecycleRule("expire", true, "", days, null))))))));
    }

    private static Trail orgTrail(boolean multiRegion, boolean validation, boolean logging, TrailSelectors selectors) {
        return new Trail(ORG_TRAIL_ARN, "org-trail", "us-east-1", multiRegion, true, true, validation, BUCKET, null, null, null,
                Evidence.collected(new TrailStatus(logging, Instant.parse("2026-11-26T23:00:00Z"), null, Instant.parse("2026-11-26T23:00:00Z"), null, null, null)), Evidence.collected(selectors));
    }
}
