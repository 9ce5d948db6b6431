package io.irready.services.account;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.aws.AwsShapedProxy;
import io.irready.aws.CallMetrics;
import io.irready.services.account.AccountRegions.RegionState;
import io.irready.services.account.AccountRegions.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Regions of an account are audited, as AWS answers through {@link AwsShapedProxy} (no emulator behind it: every
 * call the proxy does not answer itself fails, which leaves a Region audited).
 */
class AccountRegionsReaderTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private AwsShapedProxy proxy;
    private AwsClientFactory factory;

    @AfterEach
    void stop() {
        pool.shutdownNow();
        factory.close();
        proxy.close();
    }

    @Test
    void aRegionTheAccountHasNotEnabledAndOneASCPDeniesAreSkippedWithTheirReasons() {
        AccountRegions regions = read(AwsShapedProxy.inFrontOf(null).regionEnabled(null, "af-south-1").scpDeniesRegion(null, "eu-central-1"),
                List.of("us-east-1", "ap-east-1", "eu-central-1", "af-south-1"));
        assertThat(regions.listedBy()).isEqualTo("account:ListRegions");
        assertThat(regions.listGap()).isNull();
        assertThat(regions.audited()).containsExactly("us-east-1", "af-south-1");
        assertThat(regions.skipped()).containsExactly(
                new RegionState("ap-east-1", Status.NOT_ENABLED, "Region ap-east-1 is not enabled in this account (opt-in Region)"),
                new RegionState("eu-central-1", Status.DENIED_BY_SCP, "Region eu-central-1 is denied to the audit role by a service control "
                        + "policy arn:aws:organizations::123456789012:policy/o-exampleorg/service_control_policy/p-regiondeny (region deny)"));
        assertThat(proxy.calls()).as("a Region not enabled is never called").noneMatch(call -> call.region().equals("ap-east-1"));
    }

    @Test
    void oneServiceDeniedByAnScpDoesNotSkipTheRegion() {
        AccountRegions regions = read(AwsShapedProxy.inFrontOf(null).denies(null, "eu-west-1", "ec2:DescribeVpcs", true), List.of("eu-west-1"));
        assertThat(regions.audited()).containsExactly("eu-west-1");
    }

    @Test
    void withoutTheListTheConfiguredRegionsAreAuditedAndAnOptInRegionRefusingTheCredentialsIsNotEnabled() {
        AccountRegions regions = read(AwsShapedProxy.inFrontOf(null).denies(null, "us-east-1", "account:ListRegions", false),
                List.of("us-east-1", "ap-east-1"));
        assertThat(regions.listedBy()).isNull();
        assertThat(regions.listGap()).contains("access denied to account:ListRegions").contains("the configured Regions are audited as they are");
        assertThat(regions.audited()).containsExactly("us-east-1");
        assertThat(regions.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.status()).isEqualTo(Status.NOT_ENABLED);
            assertThat(skipped.reason()).isEqualTo("Region ap-east-1 is not enabled in this account (opt-in Region; its calls are refused with AuthFailure)");
        });
    }

    @Test
    void allEnabledListsTheRegionsTheAccountHasEnabledAndNoOther() {
        AccountRegions regions = read(AwsShapedProxy.inFrontOf(null).regionEnabled(null, "me-central-1"), List.of());
        assertThat(regions.audited()).contains("us-east-1", "eu-north-1", "ap-northeast-3", "me-central-1").doesNotContain("ap-east-1", "af-south-1")
                .hasSize(18);
        assertThat(regions.skipped()).isEmpty();
    }

    private AccountRegions read(AwsShapedProxy rules, List<String> requested) {
        proxy = rules;
        factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")),
                URI.create(proxy.endpoint()), 1, Duration.ofSeconds(5), 8, "us-east-1", new CallMetrics());
        AwsClients account = factory.caller();
        return AccountRegionsReader.read(account, requested, pool);
    }
}
