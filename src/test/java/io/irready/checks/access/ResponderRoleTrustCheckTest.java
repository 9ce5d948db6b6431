package io.irready.checks.access;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.iam.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.INVESTIGATOR_ARN;
import static io.irready.checks.EvidenceFixtures.allow;
import static io.irready.checks.EvidenceFixtures.MFA;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.role;
import static io.irready.checks.EvidenceFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

class ResponderRoleTrustCheckTest {

    private final ResponderRoleTrustCheck check = new ResponderRoleTrustCheck();

    @Test
    void passesTrustedAccountWithMfaAndTrustedFederatedProvider() {
        List<Finding> findings = check.evaluate(compliant().build(), CONTEXT);
        assertThat(statuses(findings)).containsExactly(Status.PASS, Status.PASS);
    }

    @Test
    void failsNamingTheStatementAndThePrincipal() {
        Finding finding = evaluate(trust("{\"Sid\": \"Vendor\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"999988887777\"}, "
                + "\"Action\": \"sts:AssumeRole\", \"Condition\": " + MFA + "}"));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).isEqualTo("Role 'IR-Investigator': statement 'Vendor' lets 999988887777 assume the role; no statement lets a configured trusted principal assume the role.");
    }

    @Test
    void unknownNamingAConstructItDoesNotJudge() {
        Finding finding = evaluate(trust(allow("\"*\"", "{\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}")));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("condition key aws:SourceIp");
    }

    @Test
    void unknownWhenTheTrustPolicyCouldNotBeParsed() {
        Role unparsed = new Role("IR-Investigator", INVESTIGATOR_ARN, "{not json",
                Evidence.collected(List.of()), Evidence.collected(List.of()), Evidence.collected(null));
        Finding finding = only(check.evaluate(compliant().withRoles(unparsed).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("not valid JSON");
    }

    @Test
    void unknownWhenRolesCannotBeListed() {
        Finding finding = only(check.evaluate(compliant().withIam(denied("iam:ListRoles")).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("iam:ListRoles");
    }

    @Test
    void notApplicableWithoutResponderRoles() {
        assertThat(only(check.evaluate(compliant().withRoles().build(), CONTEXT)).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    private Finding evaluate(String policy) {
        return onlyFor(check.evaluate(compliant().withRoles(role("IR-Investigator", policy, List.of())).build(), CONTEXT), INVESTIGATOR_ARN);
    }
}
