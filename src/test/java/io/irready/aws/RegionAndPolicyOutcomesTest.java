package io.irready.aws;

import io.irready.evidence.Evidence;
import io.irready.evidence.Partition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What AWS answers, in each protocol's shape (the SDK's own parsers read them, through {@link AwsShapedProxy}), is
 * classified as what it means: a Region the account has not enabled, a denial by a service control policy (which no
 * grant can lift), a denial by the audit role's own permissions. None is retried.
 */
class RegionAndPolicyOutcomesTest {

    private static final String OPT_IN = "ap-east-1";
    private static final String DENIED = "eu-central-1";

    private AwsShapedProxy proxy;
    private CallMetrics metrics;
    private AwsClientFactory factory;
    private AwsClients account;

    @BeforeEach
    void start() {
        proxy = AwsShapedProxy.inFrontOf(null).regionNotEnabled(null, OPT_IN).scpDeniesRegion(null, DENIED)
                .denies(null, "us-east-1", "cloudtrail:DescribeTrails", false);
        metrics = new CallMetrics();
        factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")),
                URI.create(proxy.endpoint()), 3, Duration.ofSeconds(5), 4, "us-east-1", metrics);
        account = factory.caller();
    }

    @AfterEach
    void stop() {
        factory.close();
        proxy.close();
    }

    @Test
    void aRegionNotEnabledIsRefusedInEveryProtocolAndSaidSo() {
        assertRefused("cloudtrail:DescribeTrails", region -> account.client(CloudTrailClient::builder, region).describeTrails(), "UnrecognizedClientException");
        assertRefused("guardduty:ListDetectors", region -> account.client(GuardDutyClient::builder, region).listDetectors(), "UnrecognizedClientException");
        assertRefused("ec2:DescribeVpcs", region -> account.client(Ec2Client::builder, region).describeVpcs(), "AuthFailure");
        assertRefused("sns:ListTopics", region -> account.client(SnsClient::builder, region).listTopics(), "InvalidClientTokenId");
        assertThat(metrics.attempts()).as("one attempt each: a refusal is not retried").isEqualTo(4);
    }

    @Test
    void aServiceControlPolicysDenyIsItsOwnOutcomeNamingThePolicyAndNeverAdvisesAGrant() {
        for (var call : java.util.List.<Call>of(
                new Call("cloudtrail:DescribeTrails", region -> account.client(CloudTrailClient::builder, region).describeTrails()),
                new Call("guardduty:ListDetectors", region -> account.client(GuardDutyClient::builder, region).listDetectors()),
                new Call("ec2:DescribeVpcs", region -> account.client(Ec2Client::builder, region).describeVpcs()),
                new Call("sns:ListTopics", region -> account.client(SnsClient::builder, region).listTopics()),
                new Call("s3:ListBuckets", region -> account.s3(region).listBuckets()))) {
            Evidence<Object> outcome = call(call.action(), DENIED, call.read());
            assertThat(outcome).as(call.action()).isInstanceOfSatisfying(Evidence.DeniedByPolicy.class, denied -> {
                assertThat(denied.policyType()).isEqualTo("service control policy");
                assertThat(denied.policyArn()).isEqualTo("arn:aws:organizations::123456789012:policy/o-exampleorg/service_control_policy/p-regiondeny");
            });
            assertThat(outcome.gap()).as(call.action()).contains("service control policy").contains("which no grant to the role can lift")
                    .doesNotContain("grant it to the audit role");
        }
    }

    @Test
    void anActionTheAuditRoleLacksIsDeniedAndTheGrantIsNamed() {
        Evidence<Object> outcome = call("cloudtrail:DescribeTrails", "us-east-1", region -> account.client(CloudTrailClient::builder, region).describeTrails());
        assertThat(outcome).isInstanceOf(Evidence.Denied.class);
        assertThat(outcome.gap()).isEqualTo("access denied to cloudtrail:DescribeTrails (grant it to the audit role)");
    }

    @Test
    void theGlobalRegionAndTheRolesArnsFollowThePartitionOfTheRole() {
        try (AwsClients gov = factory.assuming("arn:aws-us-gov:iam::111122223333:role/irready-audit", null, "irready")) {
            assertThat(gov.partition()).isEqualTo(Partition.AWS_US_GOV);
            assertThat(gov.partition().globalRegion()).isEqualTo("us-gov-west-1");
            assertThat(gov.partition().roleArn("444455556666", "irready-audit")).isEqualTo("arn:aws-us-gov:iam::444455556666:role/irready-audit");
            assertThat(gov.partition().managedPolicyArn("AWSSupportAccess")).isEqualTo("arn:aws-us-gov:iam::aws:policy/AWSSupportAccess");
        }
        assertThat(Partition.ofArn("arn:aws-cn:sts::111122223333:assumed-role/audit/x").globalRegion()).isEqualTo("cn-north-1");
        assertThat(account.partition()).as("the caller before its ARN is known: the partition of the Region roles are assumed in")
                .isEqualTo(Partition.AWS);
    }

    private record Call(String action, Function<String, Object> read) {
    }

    private void assertRefused(String action, Function<String, Object> read, String code) {
        Evidence<Object> outcome = call(action, OPT_IN, read);
        assertThat(outcome).as(action).isInstanceOfSatisfying(Evidence.RegionRefused.class, refused -> assertThat(refused.code()).isEqualTo(code));
        assertThat(outcome.gap()).contains("a Region the account has not enabled");
    }

    private Evidence<Object> call(String action, String region, Function<String, Object> read) {
        return account.run(() -> AwsCalls.call(action, () -> read.apply(region)));
    }
}
