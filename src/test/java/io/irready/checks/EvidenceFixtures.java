package io.irready.checks;

import io.irready.attestations.Attestations;
import io.irready.services.s3.PublicAccessBlock;
import io.irready.attestations.AttestedItem;
import io.irready.collect.CollectorRegistry;
import io.irready.services.accessanalyzer.AccessAnalyzerEvidence;
import io.irready.services.account.AccountContacts;
import io.irready.services.backup.BackupEvidence;
import io.irready.services.cloudwatch.CloudWatchAlarms;
import io.irready.services.config.ConfigAggregators;
import io.irready.services.config.ConfigRules;
import io.irready.services.detective.DetectiveEvidence;
import io.irready.services.dynamodb.DynamoDbTables;
import io.irready.services.ec2.EbsSettings;
import io.irready.services.ec2.Ec2Instances;
import io.irready.services.ec2.Ec2Network;
import io.irready.services.eks.EksClusters;
import io.irready.services.ecs.EcsClusters;
import io.irready.services.elb.LoadBalancers;
import io.irready.services.events.EventRules;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.iam.BreakGlassUsers;
import io.irready.services.iam.IamAccount;
import io.irready.services.incidents.OnCallReadiness;
import io.irready.services.kms.KmsKeys;
import io.irready.services.macie.MacieEvidence;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.rbin.RecycleBinRules;
import io.irready.services.rds.RdsInstances;
import io.irready.services.route53.HostedZones;
import io.irready.services.route53resolver.ResolverQueryLogging;
import io.irready.services.s3.AccountPublicAccessBlock;
import io.irready.services.s3.S3Buckets;
import io.irready.services.securityhub.SecurityHubEvidence;
import io.irready.services.securityir.SecurityIncidentResponse;
import io.irready.services.securitylake.LogQueryStores;
import io.irready.services.sns.SnsTopics;
import io.irready.services.ssm.SsmDocuments;
import io.irready.services.ssm.SsmManagedInstances;
import io.irready.services.sso.IdentityCenter;
import io.irready.services.support.SupportPlan;
import io.irready.services.waf.WebAcls;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.OrganizationFacts;
import io.irready.evidence.Target;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.LifecycleRule;
import io.irready.services.cloudtrail.LogBucket;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailSelectors.EventSelector;
import io.irready.services.cloudtrail.TrailStatus;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.config.ConfigEvidence.DeliveryChannel;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;
import io.irready.services.iam.Role.AttachedPolicy;
import io.irready.services.logs.LogsEvidence;
import io.irready.services.logs.LogsEvidence.LogGroup;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evidence fixtures for check tests: {@link #compliant()} is an account in us-east-1 whose CloudTrail,
 * IAM roles, Config, log groups and tags pass their checks; {@link #with} adds or replaces one type's
 * evidence. A type a fixture lacks reads as a FAILED outcome naming it.
 */
public final class EvidenceFixtures {

    public static final String ACCOUNT = "123456789012";
    public static final String SECURITY_ACCOUNT = "111122223333";
    public static final String MANAGEMENT_ACCOUNT = "999988887777";
    public static final String LOG_ARCHIVE_ACCOUNT = "444455556666";
    public static final String FORENSICS_ACCOUNT = "777788889999";
    public static final String ROOT_ID = "r-root";
    public static final String TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:security-alerts";
    public static final String TRAIL_LOG_GROUP = "cloudtrail-logs";
    public static final String TRAIL_KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/trail-key";
    public static final String EBS_KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/ebs-key";
    public static final String CRITICAL_VOLUME = "arn:aws:ec2:us-east-1:123456789012:volume/vol-critical";
    public static final String REGION = "us-east-1";
    public static final String TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";
    public static final String INVESTIGATOR_ARN = "arn:aws:iam::123456789012:role/IR-Investigator";
    public static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    /** The settings the fixtures are judged against: the packaged defaults, with these over them. */
    public static final String SETTINGS = """
            irready:
              checks:
                tagging:
                  required-keys: [Owner, Environment]
                responder-roles:
                  roles:
                    - name: IR-Investigator
                      kind: investigator
                    - name: IR-Responder*
                      kind: responder
                  trusted-principals: ["111122223333", "arn:aws:iam::123456789012:saml-provider/Okta"]
            """;

    public static final CheckContext CONTEXT = TestSettings.bound(SETTINGS).context(NOW);

    /** Runtime Monitoring's agents, each managed by GuardDuty. */
    public static final List<GuardDutyEvidence.Feature> MANAGED_AGENTS = java.util.stream.Stream.of("EKS_ADDON_MANAGEMENT",
            "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT").map(n -> new GuardDutyEvidence.Feature(n, "ENABLED")).toList();

    /** Every item attested two months before {@link #NOW}. */
    public static final Attestations ATTESTED = new Attestations("config/attestations.yml", java.util.Arrays.stream(AttestedItem.values())
            .map(item -> new Attestations.Attestation(item.key(), java.time.LocalDate.parse("2026-09-27"), "Security operations",
                    "https://wiki.example.com/" + item.key())).toList());

    private final Map<String, Evidence<?>> evidence = new LinkedHashMap<>();
    private List<String> regions = List.of(REGION);
    private OrganizationFacts explicitFacts;
    private Evidence<OrganizationEvidence> organizationEvidence;
    private final Map<String, Evidence<?>> others = new LinkedHashMap<>();
    private Evidence<Attestations> attestations = Evidence.collected(ATTESTED);
    private Evidence<AccountAccess> access = Evidence.collected(new AccountAccess(null, null));

    private EvidenceFixtures() {
    }

    public static EvidenceFixtures account() {
        return new EvidenceFixtures();
    }

    /**
     * The security tooling account of an organization, in us-east-1, that passes every check on its own evidence and
     * the organization's: an organization trail to a locked
     * bucket, streamed to CloudWatch Logs with the CIS metric filters and alarms, detectors that route
     * findings to a confirmed subscriber, responder access, contacts, playbooks, tags and backups.
     */
    public static EvidenceFixtures compliant() {
        EvidenceFixtures f = new EvidenceFixtures();
        f.with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(
                Map.of(REGION, Evidence.collected(List.of(TRAIL_ARN))),
                List.of(organizationTrail()),
                // The organization trail's bucket is not this account's own (it lives in the log archive, read here as an organization trail bucket).
                Evidence.collected(List.of("workload-data")),
                Map.of("audit-logs", logBucket("audit-logs", Evidence.collected(List.of(new LifecycleRule("archive", true, "", 2555, null)))))));
        f.with(IamRoles.TYPE, new IamRoles(Evidence.collected(List.of(
                role("IR-Investigator", trust(allow("{\"AWS\": \"arn:aws:iam::111122223333:root\"}", MFA)),
                        List.of(new AttachedPolicy("SecurityAudit", "arn:aws:iam::aws:policy/SecurityAudit"))),
                role("IR-Responder", trust(allow("{\"Federated\": \"arn:aws:iam::123456789012:saml-provider/Okta\"}")),
                        List.of(new AttachedPolicy("IRContainment", "arn:aws:iam::123456789012:policy/IRContainment"))),
                new Role("app-role", "arn:aws:iam::123456789012:role/app-role",
                        trust(allow("{\"Service\": \"ec2.amazonaws.com\"}")), null, null, null)))));
        f.with(IamAccount.TYPE, new IamAccount(Evidence.collected(new IamAccount.RootUser(1, 0, 1, 0)), Evidence.collected(List.of("aws-support"))));
        f.with(BreakGlassUsers.TYPE, new BreakGlassUsers(Evidence.collected(List.of(new BreakGlassUsers.User("break-glass-1",
                "arn:aws:iam::123456789012:user/break-glass-1", null, Evidence.collected(1), Evidence.collected(0), Evidence.collected(true))))));
        f.with(ConfigEvidence.TYPE, REGION, recordingConfig(true).data().orElseThrow());
        f.with(ConfigRules.TYPE, REGION, new ConfigRules(Evidence.collected(List.of(new ConfigRules.Rule("required-tags", "AWS", "REQUIRED_TAGS",
                "{\"tag1Key\":\"Owner\",\"tag2Key\":\"Environment\"}", "ACTIVE", Evidence.collected("COMPLIANT"))))));
        f.with(LogsEvidence.TYPE, REGION, new LogsEvidence(Evidence.collected(List.of(
                new LogGroup("/aws/vpc/flow", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vpc/flow", 400, 10),
                new LogGroup("/aws/archive", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/archive", null, 10),
                new LogGroup(TRAIL_LOG_GROUP, "arn:aws:logs:us-east-1:123456789012:log-group:" + TRAIL_LOG_GROUP, 400, 10))),
                Evidence.collected(cisMetricFilters())));
        f.with(CloudWatchAlarms.TYPE, REGION, new CloudWatchAlarms(Evidence.collected(cisMetricFilters().stream()
                .map(filter -> new CloudWatchAlarms.Alarm(filter.name(), filter.metrics().get(0), true, List.of(TOPIC_ARN))).toList())));
        f.with(SnsTopics.TYPE, REGION, new SnsTopics(Evidence.collected(List.of(new SnsTopics.Topic(TOPIC_ARN,
                Evidence.collected(List.of(new SnsTopics.Subscription("email", true), new SnsTopics.Subscription("sms", false))))))));
        f.with(EventRules.TYPE, REGION, new EventRules(Evidence.collected(List.of(
                new EventRules.Rule("guardduty-high", "ENABLED",
                        "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],\"detail\":{\"severity\":[{\"numeric\":[\">=\",7]}]}}",
                        Evidence.collected(List.of(TOPIC_ARN, "arn:aws:lambda:us-east-1:123456789012:function:contain-instance")))))));
        f.with(TaggingEvidence.TYPE, REGION, new TaggingEvidence(Evidence.collected(List.of(
                new TaggedResource("arn:aws:s3:::audit-logs", Map.of("Owner", "security", "Environment", "prod"), true),
                new TaggedResource(CRITICAL_VOLUME, Map.of("Owner", "payments", "Environment", "prod", "Criticality", "high"), true)))));
        f.with(GuardDutyEvidence.TYPE, REGION, new GuardDutyEvidence(Evidence.collected(List.of(new GuardDutyEvidence.Detector("det-1", "ENABLED",
                Evidence.collected(java.util.stream.Stream.of("S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS",
                        "RUNTIME_MONITORING", "LAMBDA_NETWORK_LOGS").map(n -> new GuardDutyEvidence.Feature(n, "ENABLED", n.equals("RUNTIME_MONITORING") ? MANAGED_AGENTS : List.of())).toList()),
                Evidence.collected("ALL"))))));
        f.with(SecurityHubEvidence.TYPE, REGION, new SecurityHubEvidence(Evidence.collected(true), Evidence.collected(List.of(
                new SecurityHubEvidence.Standard("arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0", "READY"),
                new SecurityHubEvidence.Standard("arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/5.0.0", "READY"))),
                Evidence.collected(List.of())));
        f.with(DetectiveEvidence.TYPE, REGION, new DetectiveEvidence(Evidence.collected(List.of()), Evidence.collected(List.of(
                new DetectiveEvidence.Membership("arn:aws:detective:us-east-1:111122223333:graph:g1", "ENABLED")))));
        f.with(AccessAnalyzerEvidence.TYPE, REGION, new AccessAnalyzerEvidence(Evidence.collected(List.of(new AccessAnalyzerEvidence.Analyzer(
                "arn:aws:access-analyzer:us-east-1:123456789012:analyzer/account", "account", "ACCOUNT", "ACTIVE")))));
        f.with(MacieEvidence.TYPE, REGION, new MacieEvidence(Evidence.collected("ENABLED"), Evidence.collected("ENABLED"), Evidence.collected("ENABLED")));
        f.with(AccountPublicAccessBlock.TYPE, new AccountPublicAccessBlock(Evidence.collected(PublicAccessBlock.NONE)));
        f.with(S3Buckets.TYPE, new S3Buckets(Evidence.collected(List.of(new S3Buckets.Bucket("audit-logs", Evidence.collected("access-logs"))))));
        f.with(Ec2Network.TYPE, REGION, new Ec2Network(Evidence.collected(List.of(new Ec2Network.Vpc("vpc-1", false))),
                Evidence.collected(List.of(new Ec2Network.FlowLog("fl-1", "vpc-1", "ACTIVE", "ALL", "s3")))));
        f.with(Ec2Instances.TYPE, REGION, new Ec2Instances(Evidence.collected(List.of("i-1"))));
        f.with(SsmManagedInstances.TYPE, REGION, new SsmManagedInstances(Evidence.collected(List.of("i-1")),
                Evidence.collected(new SsmManagedInstances.SessionLogging("session-logs", ""))));
        f.with(EbsSettings.TYPE, REGION, new EbsSettings(Evidence.collected(true), Evidence.collected(EBS_KEY_ARN),
                Evidence.collected(List.of(ACCOUNT, FORENSICS_ACCOUNT)), Evidence.collected("block-all-sharing"), Evidence.collected(List.of())));
        f.with(HostedZones.TYPE, new HostedZones(Evidence.collected(List.of(new HostedZones.Zone("Z1", "example.com.", false))),
                Evidence.collected(List.of("Z1"))));
        f.with(ResolverQueryLogging.TYPE, REGION, new ResolverQueryLogging(Evidence.collected(List.of(
                new ResolverQueryLogging.Association("rqlc-1", "vpc-1", "ACTIVE")))));
        f.with(KmsKeys.TYPE, REGION, new KmsKeys(Evidence.collected(List.of(
                new KmsKeys.Key("trail-key", TRAIL_KEY_ARN, "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS", Evidence.collected(true)),
                new KmsKeys.Key("ebs-key", EBS_KEY_ARN, "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS", Evidence.collected(true))))));
        f.with(BackupEvidence.TYPE, REGION, new BackupEvidence(
                Evidence.collected(List.of(new BackupEvidence.Plan("plan-1", "daily",
                        Evidence.collected(List.of(new BackupEvidence.Rule("daily", "locked-vault", List.of()))),
                        Evidence.collected(List.of(new BackupEvidence.Selection("critical", List.of(), List.of("Criticality=high"))))))),
                Evidence.collected(List.of(new BackupEvidence.Vault("locked-vault", "arn:aws:backup:us-east-1:123456789012:backup-vault:locked-vault",
                        true, "BACKUP_VAULT"))),
                Evidence.collected(List.of(CRITICAL_VOLUME)),
                Evidence.collected(List.of()),
                Evidence.collected(List.of(new BackupEvidence.Job("restore-1", CRITICAL_VOLUME, "COMPLETED", Instant.parse("2026-11-01T00:00:00Z")))),
                Evidence.collected(List.of())));
        f.with(DynamoDbTables.TYPE, REGION, new DynamoDbTables(Evidence.collected(List.of(new DynamoDbTables.Table("orders", Evidence.collected(true))))));
        f.with(RecycleBinRules.TYPE, REGION, new RecycleBinRules(Evidence.collected(List.of(new RecycleBinRules.Rule("rule-1", "locked", 7,
                Evidence.collected(new RecycleBinRules.Details("available", List.of(), List.of())))))));
        f.with(RdsInstances.TYPE, REGION, new RdsInstances(Evidence.collected(List.of(new RdsInstances.Instance("orders-db",
                "arn:aws:rds:us-east-1:123456789012:db:orders-db", "postgres", List.of("postgresql"), 7, true, EBS_KEY_ARN)))));
        f.with(EcsClusters.TYPE, REGION, new EcsClusters(Evidence.collected(List.of())));
        f.with(LoadBalancers.TYPE, REGION, new LoadBalancers(Evidence.collected(List.of(new LoadBalancers.LoadBalancer(
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1", "web", "application", Evidence.collected(true)))),
                Evidence.collected(List.of())));
        f.with(WebAcls.TYPE, REGION, new WebAcls(Evidence.collected(List.of(new WebAcls.WebAcl(
                "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/1", "web", "REGIONAL", Evidence.collected(true))))));
        f.with(EksClusters.TYPE, REGION, new EksClusters(Evidence.collected(List.of(new EksClusters.Cluster("apps",
                "arn:aws:eks:us-east-1:123456789012:cluster/apps", Evidence.collected(true))))));
        f.with(AccountContacts.TYPE, new AccountContacts(contact("Security Operations", "security@example.com"),
                contact("Cloud Operations", "cloud-ops@example.com"), contact("Finance", "aws-billing@example.com"), Evidence.collected(true)));
        f.with(SupportPlan.TYPE, new SupportPlan(Evidence.collected(true), List.of("low", "normal", "high", "urgent")));
        f.with(SecurityIncidentResponse.TYPE, REGION, new SecurityIncidentResponse(Evidence.collected(List.of(
                new SecurityIncidentResponse.Membership("m-1", "Active", 2, false)))));
        f.with(OnCallReadiness.TYPE, REGION, new OnCallReadiness(
                Evidence.collected(List.of(new OnCallReadiness.Contact("arn:aws:ssm-contacts:us-east-1:123456789012:contact/oncall", "ONCALL_SCHEDULE", null),
                        new OnCallReadiness.Contact("arn:aws:ssm-contacts:us-east-1:123456789012:contact/alice", "PERSONAL", Evidence.collected(2)))),
                Evidence.collected(List.of(new OnCallReadiness.ResponsePlan("arn:aws:ssm-incidents::123456789012:response-plan/security",
                        Evidence.collected(1))))));
        f.with(IdentityCenter.TYPE, REGION, new IdentityCenter(Evidence.collected(List.of(new IdentityCenter.Instance(
                "arn:aws:sso:::instance/ssoins-1", Evidence.collected(List.of(new IdentityCenter.PermissionSet(
                        "arn:aws:sso:::permissionSet/ssoins-1/ps-1", "IR-Investigator", Evidence.collected(List.of(ACCOUNT))))))))));
        f.with(LogQueryStores.TYPE, REGION, new LogQueryStores(Evidence.collected(List.of("arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/eds")),
                Evidence.collected(false)));
        f.with(SsmDocuments.TYPE, REGION, new SsmDocuments(Evidence.collected(java.util.stream.Stream.of("credential-compromise",
                "instance-compromise", "data-exposure").map(scenario -> new SsmDocuments.Document("IR-" + scenario, "Automation",
                Map.of("ir-playbook", scenario), Evidence.collected(List.of()))).toList()), Evidence.collected(true)));
        f.with(ConfigAggregators.TYPE, REGION, new ConfigAggregators(Evidence.collected(List.of(
                new ConfigAggregators.Aggregator("organization", true, List.of(), true, List.of(), Evidence.collected(List.of(
                        new ConfigAggregators.SourceStatus("o-example", "ORGANIZATION", REGION, "SUCCEEDED", null))))))));
        f.inOrganization(organizationEvidence());
        return f;
    }

    /**
     * The organization of {@link #compliant()}, whose account is the security tooling account (delegated administrator of
     * detection and Identity Center): its accounts, the IR tag policy, central root management; no organization instance of
     * Identity Center, event data store or Security Lake (the account's own Identity Center evidence holds its instance).
     */
    /** The fixture organization with {@code administrator} (not the audited account) the delegated administrator of {@code services}. */
    public static OrganizationEvidence organizationAdministeredBy(String administrator, String... services) {
        var organization = organizationEvidence();
        return new OrganizationEvidence(organization.organizationId(), organization.managementAccountId(), organization.collectedInAccount(),
                organization.organizationTrails(), organization.accounts(), Evidence.collected(List.of(new OrganizationEvidence.DelegatedAdministrator(
                administrator, "Responders", Evidence.collected(List.of(services))))), organization.tagPolicies(),
                organization.iamOrganizationsFeatures());
    }

    public static OrganizationEvidence organizationEvidence() {
        var services = List.of("guardduty.amazonaws.com", "securityhub.amazonaws.com", "detective.amazonaws.com", "config.amazonaws.com",
                "access-analyzer.amazonaws.com", "macie.amazonaws.com");
        return new OrganizationEvidence("o-example", MANAGEMENT_ACCOUNT, MANAGEMENT_ACCOUNT, Evidence.collected(List.of()),
                List.of(new OrganizationEvidence.Account(MANAGEMENT_ACCOUNT, "Management", "ACTIVE", "Root"),
                        new OrganizationEvidence.Account(ACCOUNT, "Security Tooling", "ACTIVE", "Root/Security"),
                        new OrganizationEvidence.Account(LOG_ARCHIVE_ACCOUNT, "Log Archive", "ACTIVE", "Root/Security"),
                        new OrganizationEvidence.Account(FORENSICS_ACCOUNT, "Forensics", "ACTIVE", "Root/Security"),
                        new OrganizationEvidence.Account(SECURITY_ACCOUNT, "Responders", "ACTIVE", "Root/Security")),
                Evidence.collected(List.of(new OrganizationEvidence.DelegatedAdministrator(ACCOUNT, "Security Tooling",
                        Evidence.collected(services)))),
                Evidence.collected(List.of(new OrganizationEvidence.TagPolicy("p-tags", "ir-tags", Evidence.collected(
                        "{\"tags\":{\"owner\":{\"tag_key\":{\"@@assign\":\"Owner\"}},\"environment\":{\"tag_key\":{\"@@assign\":\"Environment\"}}}}"),
                        Evidence.collected(List.of(ROOT_ID))))),
                Evidence.collected(List.of("RootCredentialsManagement", "RootSessions")),
                // The organization's Identity Center, event data stores and Security Lake were looked for and are not there.
                Evidence.collected(null), Evidence.collected(List.of()), Evidence.collected(null));
    }

    /** The organization trail of {@link #compliant()}: multi-Region, validated, KMS-encrypted, streaming to CloudWatch Logs, with S3 data events. */
    public static Trail organizationTrail() {
        return organizationTrail(true);
    }

    /** {@link #organizationTrail()}, logging or stopped. */
    public static Trail organizationTrail(boolean logging) {
        Instant recent = Instant.parse("2026-11-26T23:00:00Z");
        return new Trail(TRAIL_ARN, "org-audit", REGION, true, true, true, true, "audit-logs", null, TRAIL_KEY_ARN,
                "arn:aws:logs:us-east-1:123456789012:log-group:" + TRAIL_LOG_GROUP + ":*",
                Evidence.collected(new TrailStatus(logging, recent, null, recent, null, recent, null)),
                Evidence.collected(new TrailSelectors(List.of(new EventSelector("All", true, List.of(),
                        List.of(new TrailSelectors.DataResource("AWS::S3::Object", List.of("arn:aws:s3"))))), List.of())));
    }

    /** The filter patterns of CIS AWS Foundations 4.1 to 4.15 as the benchmark gives them, and filters on break-glass and IR role use. */
    public static final Map<String, String> METRIC_FILTER_PATTERNS = metricFilterPatterns();

    private static Map<String, String> metricFilterPatterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("unauthorized-api-calls", "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && "
                + "($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }");
        patterns.put("no-mfa-console-signin", "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && "
                + "($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }");
        patterns.put("root-usage", "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }");
        patterns.put("iam-policy-changes", "{($.eventSource=iam.amazonaws.com) && (($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||"
                + "($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||"
                + "($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||"
                + "($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||"
                + "($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy))}");
        patterns.put("cloudtrail-changes", "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || "
                + "($.eventName = StartLogging) || ($.eventName = StopLogging) }");
        patterns.put("console-auth-failures", "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }");
        patterns.put("cmk-disable-or-delete", "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }");
        patterns.put("s3-bucket-policy-changes", "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) "
                + "|| ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || "
                + "($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || "
                + "($.eventName = DeleteBucketReplication)) }");
        patterns.put("config-changes", "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||"
                + "($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }");
        patterns.put("security-group-changes", "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || "
                + "($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || "
                + "($.eventName = DeleteSecurityGroup) }");
        patterns.put("nacl-changes", "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || "
                + "($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }");
        patterns.put("network-gateway-changes", "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || "
                + "($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || "
                + "($.eventName = DetachInternetGateway) }");
        patterns.put("route-table-changes", "{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || "
                + "($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || "
                + "($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }");
        patterns.put("vpc-changes", "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || "
                + "($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) "
                + "|| ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || "
                + "($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }");
        patterns.put("organizations-changes", "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = \"AcceptHandshake\") || "
                + "($.eventName = \"AttachPolicy\") || ($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || "
                + "($.eventName = \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || ($.eventName = \"DeleteOrganization\") || "
                + "($.eventName = \"DeleteOrganizationalUnit\") || ($.eventName = \"DeletePolicy\") || ($.eventName = \"DetachPolicy\") || "
                + "($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") || ($.eventName = \"InviteAccountToOrganization\") || "
                + "($.eventName = \"LeaveOrganization\") || ($.eventName = \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || "
                + "($.eventName = \"UpdatePolicy\") || ($.eventName = \"UpdateOrganizationalUnit\")) }");
        patterns.put("break-glass-signin", "{ ($.eventName = ConsoleLogin) && ($.userIdentity.userName = \"break-glass*\") }");
        patterns.put("ir-role-assumed", "{ ($.eventName = AssumeRole) && ($.requestParameters.roleArn = \"*:role/IR-*\") }");
        return java.util.Collections.unmodifiableMap(patterns);
    }

    /** Metric filters on the trail's log group with {@link #METRIC_FILTER_PATTERNS}. */
    public static List<LogsEvidence.MetricFilter> cisMetricFilters() {
        return METRIC_FILTER_PATTERNS.entrySet().stream().map(e -> new LogsEvidence.MetricFilter(e.getKey(), TRAIL_LOG_GROUP, e.getValue(),
                List.of("CISBenchmark/" + e.getKey()))).toList();
    }

    private static Evidence<AccountContacts.Contact> contact(String name, String email) {
        return Evidence.collected(new AccountContacts.Contact(name, email, true));
    }

    /**
     * The account's evidence, with organization facts as a run builds them: the organization's evidence (when
     * the fixture is in one), and every shared type's evidence of this and the other audited accounts.
     */
    public AccountEvidence build() {
        Map<String, Evidence<?>> held = new LinkedHashMap<>(evidence);
        Map<String, Evidence<?>> heldOthers = new LinkedHashMap<>(others);
        List<String> ouIds = organizationEvidence == null ? List.of() : List.of(ROOT_ID, "ou-workloads");
        return new AccountEvidence(new Target(ACCOUNT, "prod", organizationEvidence == null ? "" : "Root/Workloads", ouIds, regions, null), access,
                new AccountEvidence.Source() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> Evidence<T> read(EvidenceType<T> type, String region) {
                        Evidence<?> found = held.get(key(type, region));
                        return found != null ? (Evidence<T>) found : new Evidence.Failed<>("collection", "the fixture has no " + key(type, region));
                    }
                }, explicitFacts != null ? explicitFacts : facts(held, heldOthers), attestations);
    }

    private OrganizationFacts facts(Map<String, Evidence<?>> held, Map<String, Evidence<?>> heldOthers) {
        Map<EvidenceType<?>, Map<String, Evidence<?>>> shared = new LinkedHashMap<>();
        Set<String> audited = new TreeSet<>(List.of(ACCOUNT));
        for (EvidenceType<?> type : CollectorRegistry.types().stream().filter(EvidenceType::isShared).toList()) {
            Map<String, Evidence<?>> byAccount = new LinkedHashMap<>();
            for (String region : type.perRegion() ? regions : java.util.Collections.<String>singletonList(null)) {
                Evidence<?> own = held.get(key(type, region));
                byAccount.put(OrganizationFacts.key(ACCOUNT, region), own != null ? own
                        : new Evidence.Failed<>("collection", "the fixture has no " + key(type, region)));
            }
            shared.put(type, byAccount);
        }
        heldOthers.forEach((key, value) -> {
            String[] parts = key.split("\\|", -1);
            audited.add(parts[0]);
            CollectorRegistry.types().stream().filter(t -> t.isShared() && t.name().equals(parts[1])).findFirst()
                    .ifPresent(type -> shared.get(type).put(OrganizationFacts.key(parts[0], parts[2].isEmpty() ? null : parts[2]), value));
        });
        return new OrganizationFacts(organizationEvidence, shared, audited, new OrganizationFacts.Reader() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Evidence<T> read(EvidenceType<T> type, String accountId, String region) {
                Evidence<?> found = accountId.equals(ACCOUNT) ? held.get(key(type, region)) : heldOthers.get(otherKey(accountId, type, region));
                return found != null ? (Evidence<T>) found
                        : new Evidence.Failed<>("collection", "the fixture has no " + type.name() + " of " + accountId);
            }
        });
    }

    public <T> EvidenceFixtures with(EvidenceType<T> type, T value) {
        return withEvidence(type, null, Evidence.collected(value));
    }

    public <T> EvidenceFixtures with(EvidenceType<T> type, String region, T value) {
        return withEvidence(type, region, Evidence.collected(value));
    }

    /** Any outcome of a type's evidence; {@code region} null for a per-account type. */
    public <T> EvidenceFixtures withEvidence(EvidenceType<T> type, String region, Evidence<T> outcome) {
        evidence.put(key(type, region), outcome);
        return this;
    }

    /** The fixture's current evidence of a type. */
    @SuppressWarnings("unchecked")
    public <T> T get(EvidenceType<T> type, String region) {
        return ((Evidence<T>) evidence.get(key(type, region))).data().orElseThrow();
    }

    /** The Regions in scope; each needs its per-Region evidence. */
    public EvidenceFixtures regions(String... regions) {
        this.regions = List.of(regions);
        return this;
    }

    public EvidenceFixtures withCloudTrail(Evidence<CloudTrailEvidence> outcome) {
        return withEvidence(CloudTrailEvidence.TYPE, null, outcome);
    }

    public EvidenceFixtures withTrails(Trail... trails) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(current.trailArnsByRegion(), List.of(trails), current.ownedBuckets(),
                current.logBuckets()));
    }

    public EvidenceFixtures withLogBucket(LogBucket bucket) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(current.trailArnsByRegion(), current.trails(), current.ownedBuckets(),
                Map.of(bucket.name(), bucket)));
    }

    public EvidenceFixtures withBucketLifecycle(Evidence<List<LifecycleRule>> lifecycle) {
        return withLogBucket(logBucket("audit-logs", lifecycle));
    }

    /** The account's own buckets as s3:ListAllMyBuckets listed them; null: the listing was denied. */
    public EvidenceFixtures withOwnedBuckets(List<String> buckets) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(current.trailArnsByRegion(), current.trails(),
                buckets == null ? denied("s3:ListAllMyBuckets") : Evidence.collected(buckets), current.logBuckets()));
    }

    public EvidenceFixtures withTrailListing(Map<String, Evidence<List<String>>> listing) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(listing, current.trails(), current.ownedBuckets(), current.logBuckets()));
    }

    public EvidenceFixtures withIam(Evidence<IamRoles> outcome) {
        return withEvidence(IamRoles.TYPE, null, outcome);
    }

    public EvidenceFixtures withRoles(Role... roles) {
        return with(IamRoles.TYPE, new IamRoles(Evidence.collected(List.of(roles))));
    }

    /** These organization facts exactly, instead of the ones the fixture builds. */
    public EvidenceFixtures withOrganization(OrganizationFacts organization) {
        this.explicitFacts = organization;
        return this;
    }

    /** The account as a member of an organization with this evidence; null: a run that does not read an organization. */
    public EvidenceFixtures inOrganization(Evidence<OrganizationEvidence> organization) {
        this.organizationEvidence = organization;
        return this;
    }

    public EvidenceFixtures inOrganization(OrganizationEvidence organization) {
        return inOrganization(Evidence.collected(organization));
    }

    /** The organization evidence the fixture holds. */
    public OrganizationEvidence organization() {
        return organizationEvidence.data().orElseThrow();
    }

    /** Evidence of another audited account; {@code region} null for a per-account type. */
    public <T> EvidenceFixtures withOther(String accountId, EvidenceType<T> type, String region, Evidence<T> outcome) {
        others.put(otherKey(accountId, type, region), outcome);
        return this;
    }

    private static String otherKey(String accountId, EvidenceType<?> type, String region) {
        return accountId + "|" + type.name() + "|" + (region == null ? "" : region);
    }

    public EvidenceFixtures withAttestations(Evidence<Attestations> attestations) {
        this.attestations = attestations;
        return this;
    }

    public EvidenceFixtures withAccess(Evidence<AccountAccess> access) {
        this.access = access;
        return this;
    }

    private static String key(EvidenceType<?> type, String region) {
        return type.name() + (region == null ? "" : "/" + region);
    }

    public static Evidence<ConfigEvidence> recordingConfig(boolean includeGlobal) {
        return Evidence.collected(new ConfigEvidence(
                Evidence.collected(List.of(new Recorder("default", "arn:aws:iam::123456789012:role/config", true, includeGlobal,
                        "ALL_SUPPORTED_RESOURCE_TYPES", null, List.of(), List.of(), "CONTINUOUS", List.of()))),
                Evidence.collected(List.of(new RecorderStatus("default", true, "SUCCESS", null, null, Instant.parse("2026-11-26T00:00:00Z")))),
                Evidence.collected(List.of(new DeliveryChannel("default", "config-bucket", null))),
                Evidence.collected(List.of(delivered("default")))));
    }

    /** A delivery channel whose last history and snapshot deliveries succeeded. */
    public static ConfigEvidence.DeliveryChannelStatus delivered(String channel) {
        var success = new ConfigEvidence.Delivery("SUCCESS", null, null, Instant.parse("2026-11-26T00:00:00Z"));
        return new ConfigEvidence.DeliveryChannelStatus(channel, success, success, new ConfigEvidence.Delivery("NOT_APPLICABLE", null, null, null));
    }

    /** A log bucket that is private, logged, versioned with MFA delete and locked, with the given lifecycle. */
    public static LogBucket logBucket(String name, Evidence<List<LifecycleRule>> lifecycle) {
        return new LogBucket(name, REGION, lifecycle, Evidence.collected(new PublicAccessBlock(true, true, true, true)),
                Evidence.collected(false), Evidence.collected("access-logs"), Evidence.collected(new LogBucket.Versioning("Enabled", true)),
                Evidence.collected(new LogBucket.ObjectLock(true, "COMPLIANCE", 365, null)));
    }

    public static Trail trail(String name, boolean multiRegion, boolean validation, boolean logging, TrailSelectors selectors) {
        return new Trail("arn:aws:cloudtrail:us-east-1:123456789012:trail/" + name, name, REGION, multiRegion, false, true, validation,
                "audit-logs", null, null, null,
                Evidence.collected(new TrailStatus(logging, Instant.parse("2026-11-26T23:00:00Z"), null, Instant.parse("2026-11-26T23:00:00Z"),
                        null, null, null)),
                Evidence.collected(selectors));
    }

    public static TrailSelectors allManagementEvents() {
        return new TrailSelectors(List.of(new EventSelector("All", true, List.of(), List.of())), List.of());
    }

    public static Role role(String name, String trustPolicy, List<AttachedPolicy> attached) {
        return new Role(name, "arn:aws:iam::123456789012:role/" + name, trustPolicy,
                Evidence.collected(attached), Evidence.collected(List.of()), Evidence.collected(Instant.parse("2026-10-01T00:00:00Z")));
    }

    /** The condition a responder role's trust should carry. */
    public static final String MFA = "{\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}";

    /** A trust policy document of these statements. */
    public static String trust(String... statements) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [" + String.join(", ", statements) + "]}";
    }

    /** An Allow statement for the principal (a Principal element's JSON) with the assume action its type uses. */
    public static String allow(String principal, String... conditions) {
        String action = principal.contains("saml-provider") ? "sts:AssumeRoleWithSAML" : "sts:AssumeRole";
        String condition = conditions.length == 0 ? "" : ", \"Condition\": " + conditions[0];
        return "{\"Effect\": \"Allow\", \"Principal\": " + principal + ", \"Action\": \"" + action + "\"" + condition + "}";
    }

    public static <T> Evidence<T> denied(String action) {
        return new Evidence.Denied<>(action, "User is not authorized to perform: " + action);
    }

    /** Writes each piece of the fixture's collected evidence into a bundle, as the collectors would. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void write(EvidenceBundle bundle, List<EvidenceType<?>> types) {
        for (EvidenceType<?> type : types) {
            for (String region : type.perRegion() ? regions : java.util.Collections.<String>singletonList(null)) {
                Evidence<?> outcome = evidence.get(key(type, region));
                if (outcome != null && outcome.data().isPresent()) {
                    bundle.write(ACCOUNT, region, (EvidenceType) type, outcome.data().get());
                }
            }
        }
    }

    /** The types this fixture holds evidence of. */
    public static List<EvidenceType<?>> baseTypes() {
        return new ArrayList<>(CollectorRegistry.types());
    }
}
