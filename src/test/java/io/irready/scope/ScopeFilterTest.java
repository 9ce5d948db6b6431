package io.irready.scope;

import io.irready.settings.IrreadyProperties;
import io.irready.settings.IrreadyProperties.Source;
import io.irready.evidence.CallerIdentity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeFilterTest {

    private static final List<String> PROD_IDS = List.of("r-ab12", "ou-ab12-workload", "ou-ab12-prodprod");
    private static final String PROD_PATH = "Root/Workloads/Prod";

    @Test
    void includeOusKeepOnlyAccountsInsideThemAtAnyDepth() {
        ScopeFilter byPath = filter(List.of("Root/Workloads"), List.of(), List.of());
        assertThat(byPath.exclusion("111111111111", PROD_PATH, PROD_IDS)).isNull();
        assertThat(byPath.exclusion("222222222222", "Root/Security", List.of("r-ab12", "ou-ab12-security"))).contains("include-ous");
        ScopeFilter byId = filter(List.of("ou-ab12-workload"), List.of(), List.of());
        assertThat(byId.exclusion("111111111111", PROD_PATH, PROD_IDS)).isNull();
    }

    @Test
    void aPathPrefixIsNotAnOu() {
        // "Root/Work" is not the OU "Root/Workloads": only whole names match.
        assertThat(filter(List.of("Root/Work"), List.of(), List.of()).exclusion("111111111111", PROD_PATH, PROD_IDS)).contains("include-ous");
    }

    @Test
    void exclusionsWinAndNameTheSetting() {
        ScopeFilter filter = filter(List.of("Root"), List.of("ou-ab12-prodprod"), List.of("333333333333"));
        assertThat(filter.exclusion("111111111111", PROD_PATH, PROD_IDS)).isEqualTo("excluded by irready.scope.exclude-ous (ou-ab12-prodprod)");
        assertThat(filter.exclusion("333333333333", "Root", List.of("r-ab12"))).isEqualTo("excluded by irready.scope.exclude-accounts");
        assertThat(filter.exclusion("444444444444", "Root", List.of("r-ab12"))).isNull();
    }

    @Test
    void theAuditRoleIsInTheCallersPartition() {
        var gov = new CallerIdentity("111122223333", "arn:aws-us-gov:sts::111122223333:assumed-role/irready/x", "AROA");
        assertThat(ScopeResolver.roleArn(gov, "444455556666", "irready-audit")).isEqualTo("arn:aws-us-gov:iam::444455556666:role/irready-audit");
    }

    private static ScopeFilter filter(List<String> include, List<String> excludeOus, List<String> excludeAccounts) {
        return new ScopeFilter(new IrreadyProperties.ScopeSettings(Source.ORGANIZATION, List.of("us-east-1"), List.of(), include, excludeAccounts,
                excludeOus, "irready-audit", "", "irready", List.of()));
    }
}
