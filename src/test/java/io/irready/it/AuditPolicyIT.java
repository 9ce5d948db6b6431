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
 * The shipped policies list exactly the IAM actions full runs call, and every audit action is a read:
 * the product never calls a mutating API in an audited account. The audit-role policy covers what is
 * read in each account; the organization policy what the auditing account adds (the organization's
 * facts, and assuming the audit role).
 */
class AuditPolicyIT {

    static final Path POLICY = Path.of("deploy/iam/irready-audit-policy.json");
    static final Path ORGANIZATION_POLICY = Path.of("deploy/iam/irready-organization-policy.json");

    /** SDK service names to IAM action prefixes. */
    private static final Map<String, String> PREFIX = Map.of(
            "CloudTrail", "cloudtrail", "Config", "config", "CloudWatchLogs", "logs", "ResourceGroupsTaggingApi", "tag",
            "Iam", "iam", "S3", "s3", "Sts", "sts", "Organizations", "organizations");
    /** Operations whose IAM action has another name. */
    private static final Map<String, String> ACTION_NAME = Map.of("s3:GetBucketLifecycleConfiguration", "s3:GetLifecycleConfiguration",
            "s3:ListBuckets", "s3:ListAllMyBuckets");

    @TempDir
    Path dir;

    @Test
    void thePoliciesListExactlyTheActionsRunsCall() throws Exception {
        Moto.reset();
        new OrganizationScenario(Moto.endpoint()).seed();
        RecordedCalls.clear();

        for (String source : new String[] {"caller", "organization"}) {
            Path out = dir.resolve(source);
            AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(out, AwsScenario.settings("    source: " + source + "\n")).toString(),
                    "--endpoint", Moto.endpoint(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        }

        Set<String> called = RecordedCalls.snapshot().stream().map(AuditPolicyIT::iamAction).collect(Collectors.toCollection(TreeSet::new));
        Set<String> organization = called.stream().filter(a -> a.startsWith("organizations:") || a.equals("sts:AssumeRole"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> audit = new TreeSet<>(called);
        audit.removeAll(organization);
        assertThat(audit).allSatisfy(action -> assertThat(action.substring(action.indexOf(':') + 1)).matches("(Describe|Get|List)[A-Za-z]+"));
        assertThat(policyActions(POLICY)).containsExactlyInAnyOrderElementsOf(audit);
        assertThat(policyActions(ORGANIZATION_POLICY)).containsExactlyInAnyOrderElementsOf(organization);
    }

    static Set<String> policyActions(Path file) throws Exception {
        IamPolicy policy = IamPolicy.fromJson(Files.readString(file));
        assertThat(policy.statements()).allSatisfy(s -> assertThat(s.effect()).isEqualTo(IamEffect.ALLOW));
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
