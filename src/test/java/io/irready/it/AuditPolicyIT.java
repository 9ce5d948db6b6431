package io.irready.it;

import io.irready.aws.AwsStub;
import io.irready.collect.AuditPolicy;
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
 * The shipped policies list exactly the IAM actions full runs call (a ready account, its missing operations
 * stubbed, and an organization), which are the actions the collectors declare; every audit action is a read:
 * the product never calls a mutating API in an audited account. The audit-role policy covers what is
 * read in each account; the organization policy what the auditing account adds (the organization's
 * facts, and assuming the audit role).
 */
class AuditPolicyIT {

    static final Path POLICY = Path.of("deploy/iam/irready-audit-policy.json");
    static final Path ORGANIZATION_POLICY = Path.of("deploy/iam/irready-organization-policy.json");

    /** SDK service names to IAM action prefixes. */
    private static final Map<String, String> PREFIX = Map.ofEntries(
            Map.entry("CloudTrail", "cloudtrail"), Map.entry("Config", "config"), Map.entry("CloudWatchLogs", "logs"),
            Map.entry("ResourceGroupsTaggingApi", "tag"), Map.entry("Iam", "iam"), Map.entry("S3", "s3"), Map.entry("Sts", "sts"),
            Map.entry("Organizations", "organizations"), Map.entry("GuardDuty", "guardduty"), Map.entry("SecurityHub", "securityhub"),
            Map.entry("Detective", "detective"), Map.entry("AccessAnalyzer", "access-analyzer"), Map.entry("Macie2", "macie2"),
            Map.entry("EventBridge", "events"), Map.entry("Sns", "sns"), Map.entry("CloudWatch", "cloudwatch"), Map.entry("Ec2", "ec2"),
            Map.entry("Route53", "route53"), Map.entry("Route53Resolver", "route53resolver"), Map.entry("ElasticLoadBalancingV2", "elasticloadbalancing"),
            Map.entry("Wafv2", "wafv2"), Map.entry("Eks", "eks"), Map.entry("Rds", "rds"), Map.entry("Kms", "kms"), Map.entry("Backup", "backup"),
            Map.entry("DynamoDb", "dynamodb"), Map.entry("Rbin", "rbin"), Map.entry("Ssm", "ssm"), Map.entry("SsmContacts", "ssm-contacts"),
            Map.entry("SsmIncidents", "ssm-incidents"), Map.entry("Account", "account"), Map.entry("Support", "support"),
            Map.entry("SecurityIr", "security-ir"), Map.entry("SsoAdmin", "sso"), Map.entry("SecurityLake", "securitylake"),
            Map.entry("ElasticLoadBalancing", "elasticloadbalancing"), Map.entry("Ecs", "ecs"), Map.entry("S3Control", "s3control"));
    /** Operations whose IAM action has another name. */
    private static final Map<String, String> ACTION_NAME = Map.of("s3:GetBucketLifecycleConfiguration", "s3:GetLifecycleConfiguration",
            "s3:ListBuckets", "s3:ListAllMyBuckets", "s3:GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock",
            "s3:GetObjectLockConfiguration", "s3:GetBucketObjectLockConfiguration", "s3control:GetPublicAccessBlock", "s3:GetAccountPublicAccessBlock");

    @TempDir
    Path dir;

    @Test
    void thePoliciesListExactlyTheActionsRunsCall() throws Exception {
        Moto.reset();
        var ready = new AwsScenario(Moto.endpoint()).readyAccount();
        RecordedCalls.clear();
        try (AwsStub stub = AwsStub.inFrontOf(Moto.endpoint())) {
            ReadyStubs.serve(stub, ready.ready());
            audit("ready", AwsScenario.SETTINGS, stub.endpoint());
        }
        Set<String> calls = new TreeSet<>(RecordedCalls.snapshot());
        Moto.reset();
        var scenario = new OrganizationScenario(Moto.endpoint()).seed();
        String securityLakeAdmin = scenario.account("security-tooling");
        RecordedCalls.clear();
        try (AwsStub stub = AwsStub.inFrontOf(Moto.endpoint())) {
            ReadyStubs.serveOrganizationStores(stub, securityLakeAdmin);
            audit("organization", AwsScenario.settings("    source: organization\n"), stub.endpoint());
        }
        calls.addAll(RecordedCalls.snapshot());

        Set<String> called = calls.stream().map(AuditPolicyIT::iamAction).collect(Collectors.toCollection(TreeSet::new));
        Set<String> organization = called.stream().filter(a -> a.startsWith("organizations:") || a.equals("sts:AssumeRole")
                        || a.equals("iam:ListOrganizationsFeatures"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> audit = new TreeSet<>(called);
        audit.removeAll(organization);
        assertThat(audit).allSatisfy(action -> assertThat(action.substring(action.indexOf(':') + 1)).matches("(Describe|Get|List)[A-Za-z]+"));
        assertThat(policyActions(POLICY)).containsExactlyInAnyOrderElementsOf(audit).containsExactlyInAnyOrderElementsOf(AuditPolicy.actions());
        assertThat(policyActions(ORGANIZATION_POLICY)).containsExactlyInAnyOrderElementsOf(organization);
    }

    private void audit(String name, String settings, String endpoint) {
        Path out = dir.resolve(name);
        AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(out, settings).toString(), "--endpoint", endpoint, "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
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
