package io.irready.services.iam;

import io.irready.services.iam.TrustPolicyParser;
import io.irready.services.iam.TrustPolicy;
import io.irready.services.iam.TrustPolicy.Condition;
import io.irready.services.iam.TrustPolicy.Principal;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustPolicyParserTest {

    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","arn:aws:iam::444455556666:role/x"]},
               "Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},
                                                      "StringEquals":{"sts:ExternalId":["a","b"]}}},
              {"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:saml-provider/Okta"},"Action":["sts:AssumeRoleWithSAML","sts:TagSession"]}
            ]}""";

    @Test
    void parsesPrincipalListsActionsAndGroupsConditionValues() {
        TrustPolicy policy = TrustPolicyParser.parse(POLICY);
        assertThat(policy.statements()).hasSize(2);
        var first = policy.statements().get(0);
        assertThat(first.allows()).isTrue();
        assertThat(first.principals()).containsExactly(new Principal("AWS", "arn:aws:iam::111122223333:root"),
                new Principal("AWS", "arn:aws:iam::444455556666:role/x"));
        assertThat(first.actions()).containsExactly("sts:AssumeRole");
        assertThat(first.conditions()).containsExactlyInAnyOrder(new Condition("Bool", "aws:MultiFactorAuthPresent", List.of("true")),
                new Condition("StringEquals", "sts:ExternalId", List.of("a", "b")));
        assertThat(policy.statements().get(1).principals()).containsExactly(new Principal("Federated", "arn:aws:iam::123456789012:saml-provider/Okta"));
        assertThat(policy.statements().get(1).actions()).containsExactly("sts:AssumeRoleWithSAML", "sts:TagSession");
    }

    @Test
    void decodesTheUrlEncodedFormIamReturns() {
        String encoded = URLEncoder.encode(POLICY, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(TrustPolicyParser.parse(encoded)).isEqualTo(TrustPolicyParser.parse(POLICY));
    }

    @Test
    void acceptsASingleStatementObjectAndAStringPrincipal() {
        TrustPolicy policy = TrustPolicyParser.parse("""
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole",
                 "Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"true"}}}}""");
        var statement = policy.statements().get(0);
        assertThat(statement.principals()).hasSize(1);
        assertThat(statement.principals().get(0).isWildcard()).isTrue();
        assertThat(statement.conditions()).containsExactly(new Condition("BoolIfExists", "aws:MultiFactorAuthPresent", List.of("true")));
    }

    @Test
    void keepsAccountIdPrincipalsAndNotPrincipal() {
        TrustPolicy policy = TrustPolicyParser.parse("""
                {"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}]}""");
        assertThat(policy.statements().get(0).notPrincipals()).containsExactly(new Principal("AWS", "111122223333"));
    }

    @Test
    void rejectsADocumentThatIsNotAPolicy() {
        assertThatThrownBy(() -> TrustPolicyParser.parse("{\"Statement\": 42"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("trust policy is not a valid policy document");
    }
}
