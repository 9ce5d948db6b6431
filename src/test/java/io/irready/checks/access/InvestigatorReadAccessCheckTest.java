package io.irready.checks.access;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.iam.Role;
import io.irready.services.iam.Role.AttachedPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.INVESTIGATOR_ARN;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.role;
import static io.irready.checks.EvidenceFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

class InvestigatorReadAccessCheckTest {

    private static final AttachedPolicy VIEW_ONLY = new AttachedPolicy("ViewOnlyAccess", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
    private static final AttachedPolicy ADMIN = new AttachedPolicy("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess");

    private final InvestigatorReadAccessCheck check = new InvestigatorReadAccessCheck();

    @Test
    void passesOnlyTheInvestigatorWithSecurityAudit() {
        Finding finding = only(check.evaluate(compliant().build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.resourceId()).isEqualTo(INVESTIGATOR_ARN);
        assertThat(finding.message()).contains("SecurityAudit");
    }

    @Test
    void acceptsViewOnlyAccess() {
        assertThat(evaluate(List.of(VIEW_ONLY)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void failsWithoutReadAccessPolicy() {
        Finding finding = evaluate(List.of(new AttachedPolicy("S3ReadOnly", "arn:x")));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("none of the read-access policies SecurityAudit, ViewOnlyAccess");
    }

    @Test
    void failsAnAdministratorInvestigator() {
        Finding finding = evaluate(List.of(VIEW_ONLY, ADMIN));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("AdministratorAccess");
    }

    @Test
    void unknownWhenPoliciesCannotBeRead() {
        Role role = new Role("IR-Investigator", INVESTIGATOR_ARN, trust(),
                denied("iam:ListAttachedRolePolicies"), Evidence.collected(List.of()), Evidence.collected(null));
        Finding finding = only(check.evaluate(compliant().withRoles(role).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("iam:ListAttachedRolePolicies");
    }

    @Test
    void unknownWhenPoliciesWereNotCollected() {
        Role role = new Role("IR-Investigator", INVESTIGATOR_ARN, trust(), null, null, null);
        Finding finding = only(check.evaluate(compliant().withRoles(role).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("not collected");
    }

    @Test
    void notApplicableWithoutInvestigatorRole() {
        assertThat(only(check.evaluate(compliant().withRoles(role("IR-Responder", trust(), List.of())).build(), CONTEXT)).status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    private Finding evaluate(List<AttachedPolicy> policies) {
        return only(check.evaluate(compliant().withRoles(role("IR-Investigator", trust(), policies)).build(), CONTEXT));
    }
}
