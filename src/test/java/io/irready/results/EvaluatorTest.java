package io.irready.results;

import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.EvidenceFixtures;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.Check;
import io.irready.evidence.AccountEvidence;
import io.irready.services.account.AccountRegions;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {

    /** Reads the roles, then meets a role whose name the bundle left null, as a check would. */
    private static final class ReadsRoleNames implements Check {
        @Override
        public CheckMetadata metadata() {
            return CheckCatalog.metadata().get(0);
        }

        @Override
        public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
            List<Role> roles = account.get(IamRoles.TYPE).flatMap(IamRoles::roles).data().orElseThrow();
            roles.forEach(role -> role.name().length());
            return List.of();
        }
    }

    @Test
    void evidenceWithANullWhereAValueIsNeededIsUnknownNamingTheFile() {
        Role nameless = new Role(null, "arn:aws:iam::123456789012:role/x", "{}", null, null, null);
        AccountEvidence account = EvidenceFixtures.compliant().withRoles(nameless).build();

        List<Finding> findings = new Evaluator(List.of(new ReadsRoleNames())).evaluate(account, EvidenceFixtures.CONTEXT);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
            assertThat(finding.message()).isEqualTo("The check could not judge data/123456789012/iam.roles.json: a value it needs is missing (null).");
            assertThat(finding.message()).doesNotContain("NullPointerException");
            assertThat(finding.evidenceRef()).isEqualTo("data/123456789012/iam.roles.json");
        });
    }

    @Test
    void aRegionNotAuditedGetsOneSkippedFindingPerRegionalCheckWithItsReasonAndNothingElseThere() {
        var regions = new AccountRegions("account:ListRegions", null, List.of(
                new AccountRegions.RegionState("us-east-1", AccountRegions.Status.AUDITED, null),
                new AccountRegions.RegionState("ap-east-1", AccountRegions.Status.NOT_ENABLED, "Region ap-east-1 is not enabled in this account (opt-in Region)"),
                new AccountRegions.RegionState("eu-central-1", AccountRegions.Status.DENIED_BY_SCP,
                        "Region eu-central-1 is denied to the audit role by a service control policy (region deny)")));
        AccountEvidence account = EvidenceFixtures.compliant().regions("us-east-1", "ap-east-1", "eu-central-1")
                .with(AccountRegions.TYPE, regions).build();

        List<Finding> findings = new Evaluator(CheckCatalog.all()).evaluate(account, EvidenceFixtures.CONTEXT);

        for (String skipped : List.of("ap-east-1", "eu-central-1")) {
            List<Finding> there = findings.stream().filter(f -> skipped.equals(f.region())).toList();
            assertThat(there).as(skipped).allSatisfy(f -> {
                assertThat(f.status()).isEqualTo(Status.SKIPPED);
                assertThat(f.message()).startsWith("Not audited: Region " + skipped + " is ").doesNotContain("grant");
                assertThat(f.evidenceRef()).isEqualTo("data/123456789012/account.regions.json");
            });
            List<String> regionalChecks = CheckCatalog.all().stream().filter(Check::regional).map(c -> c.metadata().id()).toList();
            assertThat(there).extracting(Finding::checkId).as(skipped).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(regionalChecks.stream(), java.util.stream.Stream.of(ScopeFindings.CHECK_ID)).toList());
        }
        assertThat(findings).filteredOn(f -> f.status() == Status.SKIPPED && f.region() == null).isEmpty();
        assertThat(findings).as("the audited Region is judged as before").filteredOn(f -> "us-east-1".equals(f.region()))
                .extracting(Finding::status).doesNotContain(Status.SKIPPED).contains(Status.PASS);
        assertThat(findings).noneMatch(f -> f.status() == Status.UNKNOWN);
    }
}
