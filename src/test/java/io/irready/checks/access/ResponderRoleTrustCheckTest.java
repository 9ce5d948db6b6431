package io.irready.checks.access;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.iam.Role;
import io.irready.services.iam.TrustPolicy;
import io.irready.services.iam.TrustPolicy.Condition;
import io.irready.services.iam.TrustPolicy.Principal;
import io.irready.services.iam.TrustPolicy.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.INVESTIGATOR_ARN;
import static io.irready.checks.EvidenceFixtures.allow;
import static io.irready.checks.EvidenceFixtures.bool;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.role;
import static io.irready.checks.EvidenceFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

class ResponderRoleTrustCheckTest {

    private static final Principal SECURITY_ROOT = new Principal("AWS", "arn:aws:iam::111122223333:root");

    private final ResponderRoleTrustCheck check = new ResponderRoleTrustCheck();

    @Test
    void passesTrustedAccountWithMfaAndTrustedFederatedProvider() {
        List<Finding> findings = check.evaluate(compliant().build(), CONTEXT);
        assertThat(statuses(findings)).containsExactly(Status.PASS, Status.PASS);
    }

    @Test
    void acceptsAnyPrincipalOfTheTrustedAccountAndTheBareAccountId() {
        var policy = trust(
                allow(new Principal("AWS", "arn:aws:iam::111122223333:role/SecurityResponders"), bool("Bool", "true")),
                allow(new Principal("AWS", "111122223333"), bool("Bool", "true")));
        assertThat(evaluate(policy).status()).isEqualTo(Status.PASS);
    }

    @Test
    void failsAWildcardPrincipal() {
        Finding finding = evaluate(trust(allow(new Principal("*", "*"), bool("Bool", "true"))));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("trusts any principal (*)");
    }

    @Test
    void failsAnAwsWildcardPrincipal() {
        assertThat(evaluate(trust(allow(new Principal("AWS", "*"), bool("Bool", "true")))).message()).contains("(*)");
    }

    @Test
    void failsAnUnconfiguredAccount() {
        Finding finding = evaluate(trust(allow(new Principal("AWS", "arn:aws:iam::999988887777:root"), bool("Bool", "true"))));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("arn:aws:iam::999988887777:root, which is not a configured trusted principal");
    }

    @Test
    void failsWithoutMfa() {
        Finding finding = evaluate(trust(allow(SECURITY_ROOT)));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("without MFA");
    }

    @Test
    void boolIfExistsTrueDoesNotRequireMfa() {
        Finding finding = evaluate(trust(allow(SECURITY_ROOT, bool("BoolIfExists", "true"))));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("BoolIfExists").contains("access keys");
    }

    @Test
    void denyWithBoolIfExistsFalseRequiresMfa() {
        var deny = new Statement("Deny", List.of(new Principal("AWS", "*")), List.of(), List.of("sts:AssumeRole"),
                List.of(bool("BoolIfExists", "false")));
        assertThat(evaluate(trust(allow(SECURITY_ROOT), deny)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void mfaAgeConditionRequiresMfa() {
        var age = new Condition("NumericLessThan", "aws:MultiFactorAuthAge", List.of("3600"));
        assertThat(evaluate(trust(allow(SECURITY_ROOT, age))).status()).isEqualTo(Status.PASS);
    }

    @Test
    void failsAnUntrustedFederatedProvider() {
        Finding finding = evaluate(trust(allow(new Principal("Federated", "arn:aws:iam::123456789012:saml-provider/Other"))));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("saml-provider/Other");
    }

    @Test
    void failsNotPrincipalInAnAllow() {
        var notPrincipal = new Statement("Allow", List.of(), List.of(SECURITY_ROOT), List.of("sts:AssumeRole"), List.of(bool("Bool", "true")));
        assertThat(evaluate(trust(notPrincipal)).message()).contains("NotPrincipal");
    }

    @Test
    void failsARoleNobodyCanAssume() {
        assertThat(evaluate(trust()).message()).contains("no statement lets anyone assume the role");
    }

    @Test
    void unknownWhenTheTrustPolicyCouldNotBeParsed() {
        Role unparsed = new Role("IR-Investigator", INVESTIGATOR_ARN, "{not json",
                new Evidence.Failed<>("iam:ListRoles", "trust policy is not valid JSON"), Evidence.collected(List.of()), Evidence.collected(List.of()),
                Evidence.collected(null));
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

    private Finding evaluate(TrustPolicy policy) {
        return onlyFor(check.evaluate(compliant().withRoles(role("IR-Investigator", policy, List.of())).build(), CONTEXT), INVESTIGATOR_ARN);
    }
}
