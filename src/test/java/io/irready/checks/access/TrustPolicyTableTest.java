package io.irready.checks.access;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.INVESTIGATOR_ARN;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * IR-ACC-03 over AWS's documented trust policies and hostile variants of each construct class. The
 * configured trusted principals are account 111122223333 and the SAML provider Okta of 123456789012;
 * 444455556666 is a stranger. Statements are written with ' for ".
 */
class TrustPolicyTableTest {

    private static final String MFA = "'Condition': {'Bool': {'aws:MultiFactorAuthPresent': 'true'}}";
    private static final String TRUSTED = "{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::111122223333:root'}, 'Action': 'sts:AssumeRole', " + MFA + "}";

    static Stream<Arguments> policies() {
        return Stream.of(
                // AWS's documented examples
                row("cross-account with MFA", TRUSTED, Status.PASS, "Only configured principals"),
                row("cross-account without MFA",
                        "{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::111122223333:root'}, 'Action': 'sts:AssumeRole'}",
                        Status.FAIL, "statement #1 lets arn:aws:iam::111122223333:root in without MFA"),
                row("MFA age", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'NumericLessThan': {'aws:MultiFactorAuthAge': '3600'}}}", Status.PASS, "Only configured"),
                row("Deny without MFA, documented form",
                        "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole'}, "
                                + "{'Sid': 'DenyWithoutMfa', 'Effect': 'Deny', 'Principal': {'AWS': '*'}, 'Action': 'sts:AssumeRole', "
                                + "'Condition': {'BoolIfExists': {'aws:MultiFactorAuthPresent': 'false'}}}", Status.PASS, "Only configured"),
                row("SAML federation", "{'Effect': 'Allow', 'Principal': {'Federated': 'arn:aws:iam::123456789012:saml-provider/Okta'}, "
                        + "'Action': 'sts:AssumeRoleWithSAML', 'Condition': {'StringEquals': {'SAML:aud': 'https://signin.aws.amazon.com/saml'}}}",
                        Status.PASS, "Only configured"),
                row("GitHub OIDC provider not configured", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'Federated': "
                        + "'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com'}, 'Action': 'sts:AssumeRoleWithWebIdentity', "
                        + "'Condition': {'StringLike': {'token.actions.githubusercontent.com:sub': 'repo:org/*'}}}",
                        Status.FAIL, "lets arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com assume"),
                row("service principal", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': 'sts:AssumeRole'}",
                        Status.FAIL, "statement #2 lets ec2.amazonaws.com assume the role"),
                row("third party with ExternalId", TRUSTED + ", {'Sid': 'Vendor', 'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, "
                        + "'Action': 'sts:AssumeRole', 'Condition': {'StringEquals': {'sts:ExternalId': 'Unique1'}}}",
                        Status.FAIL, "statement 'Vendor' lets 444455556666 assume the role"),
                row("ExternalId is not MFA", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'sts:ExternalId': 'Unique1'}}}", Status.FAIL, "an ExternalId is not MFA"),
                row("untrusted SAML provider", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'Federated': 'arn:aws:iam::123456789012:saml-provider/Other'}, "
                        + "'Action': 'sts:AssumeRoleWithSAML'}", Status.FAIL, "lets arn:aws:iam::123456789012:saml-provider/Other assume"),
                row("web identity provider", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'Federated': 'accounts.google.com'}, "
                        + "'Action': 'sts:AssumeRoleWithWebIdentity', 'Condition': {'StringEquals': {'accounts.google.com:aud': 'app'}}}",
                        Status.FAIL, "lets accounts.google.com assume"),
                // wildcard principals and organization conditions
                row("Principal * with PrincipalOrgID", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalOrgID': 'o-a1b2c3d4e5'}, 'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}",
                        Status.FAIL, "every principal in organization o-a1b2c3d4e5 (Principal \"*\" with aws:PrincipalOrgID admits the whole organization"),
                row("AWS * with PrincipalOrgID", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '*'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalOrgID': 'o-a1b2c3d4e5'}}}", Status.FAIL, "organization o-a1b2c3d4e5"),
                row("Principal * narrowed to the trusted role", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Responders'}, "
                        + "'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}", Status.PASS, "Only configured"),
                row("Principal * with an ArnLike on any account", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'ArnLike': {'aws:PrincipalArn': 'arn:aws:iam::*:role/Responders'}, 'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}",
                        Status.FAIL, "arn:aws:iam::999999999999:role/Responders (matches arn:aws:iam::*:role/Responders) (through Principal \"*\")"),
                row("Principal * narrowed to the trusted account", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalAccount': '111122223333'}, 'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}",
                        Status.PASS, "Only configured"),
                row("Principal * with an account prefix", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringLike': {'aws:PrincipalAccount': '1111*'}, 'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}",
                        Status.FAIL, "111199999999"),
                row("Principal * with StringNotEquals on the stranger", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringNotEquals': {'aws:PrincipalAccount': '444455556666'}, 'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}",
                        Status.FAIL, "any principal (\"*\")"),
                row("Principal * outside the organization", TRUSTED + ", {'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringNotEquals': {'aws:PrincipalOrgID': 'o-a1b2c3d4e5'}}}", Status.FAIL, "any principal (\"*\")"),
                row("Principal * unconditioned", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole'}", Status.FAIL,
                        "statement #1 lets any principal (\"*\") assume the role"),
                // actions: NotAction, wildcards, case
                row("NotAction admits the stranger", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'NotAction': 's3:*'}",
                        Status.FAIL, "statement #2 lets 444455556666 assume"),
                row("NotAction without MFA", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'NotAction': 'iam:*'}", Status.FAIL, "without MFA"),
                row("NotAction that excludes assumption", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'NotAction': 'sts:Assume*'}",
                        Status.PASS, "Only configured"),
                row("sts:Assume*", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:Assume*'}", Status.FAIL, "444455556666"),
                row("sts:AssumeRol?", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRol?'}", Status.FAIL, "444455556666"),
                row("action *", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': '*'}", Status.FAIL, "444455556666"),
                row("action in upper case", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'STS:ASSUMEROLE'}", Status.FAIL, "444455556666"),
                row("only sts:TagSession", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': ['sts:TagSession', 'sts:SetSourceIdentity']}",
                        Status.PASS, "Only configured"),
                row("AWS principal with the SAML action only", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRoleWithSAML'}",
                        Status.PASS, "Only configured"),
                // MFA conditions: set operators, multiple values, IfExists, Null
                row("ForAllValues on MFA", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'ForAllValues:StringEquals': {'aws:MultiFactorAuthPresent': 'true'}}}", Status.FAIL, "ForAllValues is true when the key is missing"),
                row("ForAnyValue on MFA", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'ForAnyValue:StringEquals': {'aws:MultiFactorAuthPresent': 'true'}}}", Status.PASS, "Only configured"),
                row("Bool with both values", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'Bool': {'aws:MultiFactorAuthPresent': ['true', 'false']}}}", Status.FAIL, "accepts either value"),
                row("BoolIfExists true", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'BoolIfExists': {'aws:MultiFactorAuthPresent': 'true'}}}", Status.FAIL, "signed with access keys"),
                row("Null false only", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'Null': {'aws:MultiFactorAuthPresent': 'false'}}}", Status.FAIL, "aws:MultiFactorAuthPresent is false"),
                row("Bool false", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'Bool': {'aws:MultiFactorAuthPresent': 'false'}}}", Status.FAIL, "without MFA"),
                row("MFA age lower bound only", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'NumericGreaterThanEquals': {'aws:MultiFactorAuthAge': '0'}}}", Status.PASS, "Only configured"),
                row("MFA age IfExists", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'NumericLessThanIfExists': {'aws:MultiFactorAuthAge': '3600'}}}", Status.FAIL, "without MFA"),
                row("MFA demanded as a JSON boolean", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'Bool': {'aws:MultiFactorAuthPresent': true}}}", Status.PASS, "Only configured"),
                // Deny statements narrow only whom they name
                row("Deny names someone else", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', " + MFA + "}, "
                        + "{'Effect': 'Deny', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRole'}", Status.FAIL, "any principal (\"*\")"),
                row("Deny everyone but the trusted account", "{'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', " + MFA + "}, "
                        + "{'Effect': 'Deny', 'NotPrincipal': {'AWS': '111122223333'}, 'Action': '*'}", Status.PASS, "Only configured"),
                row("Deny on a key irready does not judge", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRole'}, "
                        + "{'Effect': 'Deny', 'Principal': '*', 'Action': 'sts:AssumeRole', 'Condition': {'NotIpAddress': {'aws:SourceIp': '10.0.0.0/8'}}}",
                        Status.UNKNOWN, "whether statement #2 lets 444455556666 in depends on condition key aws:SourceIp"),
                row("Deny for the wrong action", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRole'}, "
                        + "{'Effect': 'Deny', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRoleWithSAML'}", Status.FAIL, "444455556666"),
                // NotPrincipal, nobody, odd principals
                row("NotPrincipal in an Allow", "{'Effect': 'Allow', 'NotPrincipal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole'}",
                        Status.FAIL, "every principal not named in its NotPrincipal"),
                row("stranger narrowed to the trusted account", "{'Effect': 'Allow', 'Principal': {'AWS': '444455556666'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalAccount': '111122223333'}}}", Status.FAIL, "no statement lets a configured trusted principal"),
                row("no statements", "", Status.FAIL, "no statement lets a configured trusted principal"),
                row("only a Deny", "{'Effect': 'Deny', 'Principal': '*', 'Action': '*'}", Status.FAIL, "no statement lets a configured trusted principal"),
                row("deleted principal's unique id", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'AWS': 'AROAEXAMPLEID123456789'}, 'Action': 'sts:AssumeRole'}",
                        Status.PASS, "Only configured"),
                row("trusted role ARN in other case", "{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::111122223333:role/RESPONDERS'}, 'Action': 'sts:AssumeRole', " + MFA + "}",
                        Status.PASS, "Only configured"),
                row("CanonicalUser principal", TRUSTED + ", {'Effect': 'Allow', 'Principal': {'CanonicalUser': '79a59df900b949e55d96a1e698fbaced'}, 'Action': 'sts:AssumeRole'}",
                        Status.UNKNOWN, "CanonicalUser principal"),
                row("misspelt operator", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'Boolean': {'aws:MultiFactorAuthPresent': 'true'}}}", Status.UNKNOWN, "condition operator Boolean"),
                row("policy variable", TRUSTED + ", {'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalArn': '${aws:username}'}}}", Status.UNKNOWN, "policy variable"),
                row("principal tag condition", TRUSTED + ", {'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'aws:PrincipalTag/team': 'security'}}}", Status.UNKNOWN, "condition key aws:PrincipalTag/team"),
                row("Resource element", TRUSTED.replace("}", ", 'Resource': '*'}"), Status.UNKNOWN, "element 'Resource'"),
                row("two conditions on the external id", "{'Effect': 'Allow', 'Principal': {'AWS': '111122223333'}, 'Action': 'sts:AssumeRole', "
                        + "'Condition': {'StringEquals': {'sts:ExternalId': 'a'}, 'StringLike': {'sts:ExternalId': 'b*'}}}", Status.UNKNOWN,
                        "several conditions on sts:externalid"));
    }

    private final ResponderRoleTrustCheck check = new ResponderRoleTrustCheck();

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void judgesLikeIam(String name, String statements, Status expected, String named) {
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements.replace('\'', '"') + "]}";
        Finding finding = onlyFor(check.evaluate(compliant().withRoles(role("IR-Investigator", policy, List.of())).build(), CONTEXT), INVESTIGATOR_ARN);
        assertThat(finding.status()).as(finding.message()).isEqualTo(expected);
        assertThat(finding.message()).contains(named);
    }

    @org.junit.jupiter.api.Test
    void coversAtLeastFortyPolicies() {
        assertThat(policies().count()).isGreaterThanOrEqualTo(40);
    }

    private static Arguments row(String name, String statements, Status expected, String named) {
        return arguments(name, statements, expected, named);
    }
}
