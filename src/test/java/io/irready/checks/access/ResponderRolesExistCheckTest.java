package io.irready.checks.access;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.services.iam.Role.AttachedPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.role;
import static io.irready.checks.EvidenceFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

class ResponderRolesExistCheckTest {

    private final ResponderRolesExistCheck check = new ResponderRolesExistCheck();

    @Test
    void passesWhenEachConfiguredRoleExists() {
        List<Finding> findings = check.evaluate(compliant().build(), CONTEXT);
        assertThat(statuses(findings)).containsExactly(Status.PASS, Status.PASS);
        assertThat(onlyFor(findings, "role IR-Responder*").message()).contains("arn:aws:iam::123456789012:role/IR-Responder");
    }

    @Test
    void namesMatchIgnoringCaseAndPatternsMatchPrefixes() {
        var account = compliant().withRoles(
                role("ir-investigator", trust(), List.of()),
                role("IR-Responder-Containment", trust(), List.of(new AttachedPolicy("x", "y")))).build();
        assertThat(statuses(check.evaluate(account, CONTEXT))).containsExactly(Status.PASS, Status.PASS);
    }

    @Test
    void failsForAMissingRole() {
        var account = compliant().withRoles(role("IR-Responder", trust(), List.of())).build();
        Finding investigator = onlyFor(check.evaluate(account, CONTEXT), "role IR-Investigator");
        assertThat(investigator.status()).isEqualTo(Status.FAIL);
        assertThat(investigator.message()).isEqualTo("No investigator role named 'IR-Investigator' exists.");
    }

    @Test
    void unknownWhenRolesCannotBeListed() {
        List<Finding> findings = check.evaluate(compliant().withIam(denied("iam:ListRoles")).build(), CONTEXT);
        assertThat(statuses(findings)).containsExactly(Status.UNKNOWN, Status.UNKNOWN);
        assertThat(findings.get(0).message()).contains("iam:ListRoles");
    }
}
