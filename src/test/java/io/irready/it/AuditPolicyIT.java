package io.irready.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.policybuilder.iam.IamAction;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped audit-role policy lists exactly the IAM actions a full run calls, and every one of
 * them is a read: the product never calls a mutating API in an audited account.
 */
class AuditPolicyIT {

    static final Path POLICY = Path.of("deploy/iam/irready-audit-policy.json");

    /** SDK service names to IAM action prefixes. */
    private static final Map<String, String> PREFIX = Map.of(
            "CloudTrail", "cloudtrail", "Config", "config", "CloudWatchLogs", "logs", "ResourceGroupsTaggingApi", "tag",
            "Iam", "iam", "S3", "s3", "Sts", "sts");
    /** Operations whose IAM action has another name. */
    private static final Map<String, String> ACTION_NAME = Map.of("s3:GetBucketLifecycleConfiguration", "s3:GetLifecycleConfiguration");

    @TempDir
    Path dir;

    @Test
    void thePolicyListsExactlyTheActionsARunCalls() throws Exception {
        Moto.reset();
        new AwsScenario(Moto.endpoint()).readyAccount();
        RecordedCalls.clear();

        Path out = dir.resolve("out");
        AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(dir, AwsScenario.SETTINGS).toString(),
                "--endpoint", Moto.endpoint(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);

        Set<String> called = RecordedCalls.snapshot().stream().map(AuditPolicyIT::iamAction).collect(Collectors.toCollection(TreeSet::new));
        assertThat(called).allSatisfy(action -> assertThat(action.substring(action.indexOf(':') + 1)).matches("(Describe|Get|List)[A-Za-z]+"));
        assertThat(policyActions()).containsExactlyInAnyOrderElementsOf(called);
    }

    static Set<String> policyActions() throws Exception {
        IamPolicy policy = IamPolicy.fromJson(Files.readString(POLICY));
        assertThat(policy.statements()).allSatisfy(s -> {
            assertThat(s.effect()).isEqualTo(IamEffect.ALLOW);
            assertThat(s.resources()).extracting(r -> r.value()).containsExactly("*");
        });
        return policy.statements().stream().flatMap(s -> s.actions().stream()).map(IamAction::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String iamAction(String call) {
        String service = call.substring(0, call.indexOf(':'));
        String prefix = PREFIX.get(service);
        assertThat(prefix).as("IAM prefix for SDK service %s (add it to PREFIX)", service).isNotNull();
        String action = prefix + ":" + call.substring(call.indexOf(':') + 1);
        return ACTION_NAME.getOrDefault(action, action);
    }
}
