package io.irready.services.ec2;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who an EBS key policy lets decrypt: read from principals and actions, never guessed where the policy says more. */
class KeyPolicyGranteesTest {

    private static String policy(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    @Test
    void allowsWithWildcardActionsCountAndOtherActionsDoNot() {
        var grantees = EbsSettingsCollector.grantees(policy("""
                {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::777788889999:root"},"Action":"kms:Decr*","Resource":"*"},
                {"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"kms:CreateGran?","Resource":"*"},
                {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::555566667777:role/x"},"Action":["kms:Encrypt","kms:DescribeKey"],"Resource":"*"}"""));
        assertThat(grantees.data().orElseThrow()).containsExactly("111122223333", "777788889999");
    }

    @Test
    void anyoneIsReportedAsAStar() {
        assertThat(EbsSettingsCollector.grantees(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}"))
                .data().orElseThrow()).containsExactly("*");
    }

    @Test
    void denialsNotActionsAndNotPrincipalsAreGaps() {
        assertThat(EbsSettingsCollector.grantees(policy("""
                {"Effect":"Allow","Principal":{"AWS":"777788889999"},"Action":"kms:Decrypt","Resource":"*"},
                {"Effect":"Deny","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"o-1"}}}"""))
                .gap()).contains("denies decryption");
        assertThat(EbsSettingsCollector.grantees(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotAction\":\"kms:Encrypt\",\"Resource\":\"*\"}"))
                .gap()).contains("NotAction");
        assertThat(EbsSettingsCollector.grantees(policy("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"1\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}"))
                .gap()).contains("NotPrincipal");
        assertThat(EbsSettingsCollector.grantees("not a policy").gap()).contains("could not be parsed");
    }
}
