package io.irready.scope;

import io.irready.evidence.CallerIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeResolverTest {

    @Test
    void theAuditRolesArnIsInTheCallersPartition() {
        var gov = new CallerIdentity("111122223333", "arn:aws-us-gov:sts::111122223333:assumed-role/irready-task/run", "AROA");
        assertThat(ScopeResolver.roleArn(gov, "444455556666", "irready-audit")).isEqualTo("arn:aws-us-gov:iam::444455556666:role/irready-audit");
        var china = new CallerIdentity("111122223333", "arn:aws-cn:iam::111122223333:user/auditor", "AIDA");
        assertThat(ScopeResolver.roleArn(china, "444455556666", "irready-audit")).isEqualTo("arn:aws-cn:iam::444455556666:role/irready-audit");
        var isolated = new CallerIdentity("111122223333", "arn:aws-iso:iam::111122223333:user/auditor", "AIDA");
        assertThatThrownBy(() -> ScopeResolver.roleArn(isolated, "444455556666", "irready-audit")).hasMessageContaining("aws-iso");
    }
}
