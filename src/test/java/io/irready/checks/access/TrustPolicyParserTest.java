package io.irready.checks.access;

import io.irready.checks.access.TrustPolicy.Condition;
import io.irready.checks.access.TrustPolicy.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustPolicyParserTest {

    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"Responders","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","arn:aws:iam::444455556666:role/x"]},
               "Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":true},
                                                      "StringEquals":{"sts:ExternalId":["a","b"]}}},
              {"Effect":"Deny","NotPrincipal":{"Federated":"arn:aws:iam::123456789012:saml-provider/Okta"},"NotAction":["sts:TagSession"]}
            ]}""";

    @Test
    void keepsEveryElementIncludingComplementsAndNamesStatements() {
        TrustPolicy policy = TrustPolicyParser.parse(POLICY);
        var first = policy.statements().get(0);
        assertThat(first.name()).isEqualTo("Responders");
        assertThat(first.allow()).isTrue();
        assertThat(first.principals()).containsExactly(new Principal("AWS", "arn:aws:iam::111122223333:root"),
                new Principal("AWS", "arn:aws:iam::444455556666:role/x"));
        assertThat(first.actions()).containsExactly("sts:AssumeRole");
        assertThat(first.conditions()).containsExactly(new Condition("Bool", "aws:MultiFactorAuthPresent", List.of("true")),
                new Condition("StringEquals", "sts:ExternalId", List.of("a", "b")));
        var second = policy.statements().get(1);
        assertThat(second.label()).isEqualTo("statement #2");
        assertThat(second.allow()).isFalse();
        assertThat(second.notPrincipal()).isTrue();
        assertThat(second.notAction()).isTrue();
        assertThat(second.actions()).containsExactly("sts:TagSession");
    }

    @Test
    void acceptsASingleStatementObjectAndTheBareWildcardPrincipal() {
        TrustPolicy policy = TrustPolicyParser.parse("""
                {"Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}}""");
        assertThat(policy.statements().get(0).principals()).containsExactly(new Principal("*", "*"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"Statement": 42                                                                                        | not valid JSON
            {"Statement":[{"Effect":"Allow","Effect":"Deny","Principal":"*","Action":"sts:AssumeRole"}]}            | Duplicate
            {"Statement":[{"Effect":"allow","Principal":"*","Action":"sts:AssumeRole"}]}                            | Effect 'allow'
            {"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Resource":"*"}]}             | element 'Resource'
            {"Statement":[{"Effect":"Allow","Principal":"*","NotPrincipal":"*","Action":"sts:AssumeRole"}]}         | exactly one of Principal and NotPrincipal
            {"Statement":[{"Effect":"Allow","Principal":"*"}]}                                                      | exactly one of Action and NotAction
            {"Statement":[{"Effect":"Allow","Principal":{"Aws":"*"},"Action":"sts:AssumeRole"}]}                    | principal type 'Aws'
            {"Statement":[{"Effect":"Allow","Principal":{"AWS":[]},"Action":"sts:AssumeRole"}]}                     | empty list
            {"Statement":[{"Effect":"Allow","Principal":{"AWS":{"x":1}},"Action":"sts:AssumeRole"}]}                | where a string is expected
            {"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"Bool":"true"}}]} | without a map of keys
            {"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":null}}}]} | where a string is expected
            {"Version":"2012-10-17"}                                                                                | no Statement
            {"Statement":[],"Extra":1}                                                                              | element 'Extra'
            """)
    void refusesWhatItCannotReadFully(String document, String expected) {
        assertThatThrownBy(() -> TrustPolicyParser.parse(document)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expected);
    }

    @Test
    void refusesADocumentLongerThanIamAllows() {
        String padded = "{\"Statement\":[{\"Sid\":\"" + "x".repeat(5000) + "\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}";
        assertThatThrownBy(() -> TrustPolicyParser.parse(padded)).hasMessageContaining("more than IAM allows");
    }
}
