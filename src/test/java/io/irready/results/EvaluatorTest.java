package io.irready.results;

import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.EvidenceFixtures;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.Check;
import io.irready.evidence.AccountEvidence;
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
}
