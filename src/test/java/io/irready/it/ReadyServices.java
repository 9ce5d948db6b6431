package io.irready.it;

import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContactType;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.LogType;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.DetectorFeatureConfiguration;
import software.amazon.awssdk.services.guardduty.model.FeatureStatus;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53resolver.Route53ResolverClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentType;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.irready.it.AwsScenario.ACCESS_LOG_BUCKET;
import static io.irready.it.AwsScenario.ACCOUNT;
import static io.irready.it.AwsScenario.BREAK_GLASS;
import static io.irready.it.AwsScenario.FORENSICS_ACCOUNT;
import static io.irready.it.AwsScenario.REGIONS;
import static io.irready.it.AwsScenario.SCENARIOS;
import static io.irready.it.AwsScenario.TAGS;
import static io.irready.it.AwsScenario.TRAIL;
import static io.irready.it.AwsScenario.TRAIL_BUCKET;
import static io.irready.it.AwsScenario.TRAIL_LOG_GROUP;

/**
 * What a ready account runs besides its trail, Config, log groups and responder roles, seeded in moto
 * through the SDK: an encrypted trail streaming to CloudWatch Logs with the CIS metric filters and alarms,
 * a locked and logged trail bucket, detectors whose findings reach a confirmed subscriber, flow and DNS
 * logs on every VPC, application logs, backups, keys, contacts, break-glass and support access, playbooks
 * and an IR permission set. Every tagged resource carries the required tags. What moto cannot serve is
 * answered by {@link ReadyStubs}, from the ids recorded here.
 */
public final class ReadyServices {

    static final Map<String, String> METRIC_FILTERS = io.irready.checks.EvidenceFixtures.METRIC_FILTER_PATTERNS;

    static final String FINDINGS_RULE = "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],"
            + "\"detail\":{\"severity\":[{\"numeric\":[\">=\",7]}]}}";

    private final AwsScenario aws;
    /** Region to the ARN of its default EBS key. */
    final Map<String, String> ebsKeys = new LinkedHashMap<>();
    final List<String> instances = new ArrayList<>();
    final List<String> criticalResources = new ArrayList<>();
    String trailKeyArn;

    ReadyServices(AwsScenario aws) {
        this.aws = aws;
    }

    ReadyServices seed() {
        keys();
        trailBucketHardened();
        trailStreamsAndAlarms();
        for (String region : REGIONS) {
            findingsRouting(region);
            detectors(region);
            network(region);
            tagRule(region);
        }
        applications();
        backups();
        access();
        playbooks();
        return this;
    }

    private List<software.amazon.awssdk.services.kms.model.Tag> kmsTags() {
        return TAGS.entrySet().stream().map(e -> software.amazon.awssdk.services.kms.model.Tag.builder().tagKey(e.getKey()).tagValue(e.getValue()).build())
                .toList();
    }

    private void keys() {
        for (String region : REGIONS) {
            try (KmsClient kms = aws.client(KmsClient.builder(), region)) {
                String policy = """
                        {"Version":"2012-10-17","Statement":[
                          {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"kms:*","Resource":"*"},
                          {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":["kms:Decrypt","kms:DescribeKey","kms:CreateGrant",
                           "kms:ReEncrypt*"],"Resource":"*"}]}""".formatted(ACCOUNT, FORENSICS_ACCOUNT);
                var key = kms.createKey(k -> k.description("EBS default key").policy(policy).tags(kmsTags())).keyMetadata();
                kms.enableKeyRotation(r -> r.keyId(key.keyId()));
                ebsKeys.put(region, key.arn());
                if (region.equals(REGIONS.get(0))) {
                    var trailKey = kms.createKey(k -> k.description("CloudTrail key").tags(kmsTags())).keyMetadata();
                    kms.enableKeyRotation(r -> r.keyId(trailKey.keyId()));
                    trailKeyArn = trailKey.arn();
                }
            }
            try (Ec2Client ec2 = aws.client(Ec2Client.builder(), region)) {
                ec2.enableEbsEncryptionByDefault(r -> { });
            }
        }
    }

    /** The trail bucket locked for a year, blocking public access and logging its access; the access-log bucket logs too. */
    private void trailBucketHardened() {
        try (S3Client s3 = aws.s3()) {
            s3.createBucket(b -> b.bucket(ACCESS_LOG_BUCKET));
            for (String bucket : List.of(ACCESS_LOG_BUCKET, TRAIL_BUCKET)) {
                s3.putBucketAcl(a -> a.bucket(bucket).acl("log-delivery-write"));
            }
            s3.putBucketLogging(b -> b.bucket(ACCESS_LOG_BUCKET).bucketLoggingStatus(l -> l.loggingEnabled(e -> e.targetBucket(TRAIL_BUCKET)
                    .targetPrefix("access-logs-bucket/"))));
            s3.putObjectLockConfiguration(b -> b.bucket(TRAIL_BUCKET).objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                    .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(365)))));
            s3.putPublicAccessBlock(b -> b.bucket(TRAIL_BUCKET).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true).ignorePublicAcls(true)
                    .blockPublicPolicy(true).restrictPublicBuckets(true)));
            s3.putBucketLogging(b -> b.bucket(TRAIL_BUCKET).bucketLoggingStatus(l -> l.loggingEnabled(e -> e.targetBucket(ACCESS_LOG_BUCKET)
                    .targetPrefix("trail-bucket/"))));
        }
    }

    /** The trail encrypted, streaming to a log group with the CIS metric filters and alarms notifying a confirmed subscriber. */
    private void trailStreamsAndAlarms() {
        String region = REGIONS.get(0);
        String topic = topic(region);
        try (CloudWatchLogsClient logs = aws.client(CloudWatchLogsClient.builder(), region)) {
            logs.createLogGroup(g -> g.logGroupName(TRAIL_LOG_GROUP).tags(TAGS));
            logs.putRetentionPolicy(p -> p.logGroupName(TRAIL_LOG_GROUP).retentionInDays(400));
            METRIC_FILTERS.forEach((name, pattern) -> logs.putMetricFilter(f -> f.logGroupName(TRAIL_LOG_GROUP).filterName(name).filterPattern(pattern)
                    .metricTransformations(t -> t.metricName(name).metricNamespace("CISBenchmark").metricValue("1"))));
        }
        try (CloudWatchClient cloudWatch = aws.client(CloudWatchClient.builder(), region)) {
            METRIC_FILTERS.keySet().forEach(name -> cloudWatch.putMetricAlarm(a -> a.alarmName(name).metricName(name).namespace("CISBenchmark")
                    .statistic(Statistic.SUM).period(300).evaluationPeriods(1).threshold(1.0)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD).actionsEnabled(true).alarmActions(topic)));
        }
        try (CloudTrailClient cloudTrail = aws.client(CloudTrailClient.builder(), region)) {
            cloudTrail.updateTrail(t -> t.name(TRAIL).kmsKeyId(trailKeyArn)
                    .cloudWatchLogsLogGroupArn("arn:aws:logs:" + region + ":" + ACCOUNT + ":log-group:" + TRAIL_LOG_GROUP + ":*")
                    .cloudWatchLogsRoleArn("arn:aws:iam::" + ACCOUNT + ":role/cloudtrail-to-logs"));
            cloudTrail.putEventSelectors(e -> e.trailName(TRAIL).eventSelectors(s -> s.readWriteType(ReadWriteType.ALL).includeManagementEvents(true)
                    .dataResources(d -> d.type("AWS::S3::Object").values("arn:aws:s3"))));
        }
    }

    /** An SNS topic of the Region with a confirmed e-mail subscription. */
    private String topic(String region) {
        try (SnsClient sns = aws.client(SnsClient.builder(), region)) {
            String arn = sns.createTopic(t -> t.name("security-alerts").tags(TAGS.entrySet().stream()
                    .map(e -> software.amazon.awssdk.services.sns.model.Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList())).topicArn();
            sns.subscribe(s -> s.topicArn(arn).protocol("email").endpoint("soc@example.com"));
            return arn;
        }
    }

    private void findingsRouting(String region) {
        String topic = "arn:aws:sns:" + region + ":" + ACCOUNT + ":security-alerts";
        if (!region.equals(REGIONS.get(0))) {
            topic(region);
        }
        try (EventBridgeClient events = aws.client(EventBridgeClient.builder(), region)) {
            events.putRule(r -> r.name("guardduty-high").eventPattern(FINDINGS_RULE).state("ENABLED"));
            events.putTargets(t -> t.rule("guardduty-high").targets(
                    x -> x.id("page").arn(topic),
                    x -> x.id("contain").arn("arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:contain-instance")));
        }
    }

    private void detectors(String region) {
        try (GuardDutyClient guardDuty = aws.client(GuardDutyClient.builder(), region)) {
            guardDuty.createDetector(d -> d.enable(true).features(java.util.stream.Stream.of("S3_DATA_EVENTS", "EKS_AUDIT_LOGS",
                    "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "RUNTIME_MONITORING", "LAMBDA_NETWORK_LOGS")
                    .map(n -> DetectorFeatureConfiguration.builder().name(n).status(FeatureStatus.ENABLED).additionalConfiguration(
                            n.equals("RUNTIME_MONITORING") ? java.util.stream.Stream.of("EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT",
                                    "EC2_AGENT_MANAGEMENT").map(agent -> software.amazon.awssdk.services.guardduty.model.DetectorAdditionalConfiguration
                                    .builder().name(agent).status(FeatureStatus.ENABLED).build()).toList() : List.of()).build()).toList()));
        }
        try (SecurityHubClient hub = aws.client(SecurityHubClient.builder(), region)) {
            hub.enableSecurityHub(h -> h.enableDefaultStandards(false));
        }
    }

    /** Flow logs of all traffic and DNS query logging on every VPC of the Region. */
    private void network(String region) {
        try (Ec2Client ec2 = aws.client(Ec2Client.builder(), region);
             Route53ResolverClient resolver = aws.client(Route53ResolverClient.builder(), region)) {
            aws.flowLogsOnEveryVpc(region);
            List<String> vpcs = ec2.describeVpcs().vpcs().stream().map(v -> v.vpcId()).toList();
            String config = resolver.createResolverQueryLogConfig(c -> c.name("dns").creatorRequestId("dns-" + region)
                    .destinationArn("arn:aws:logs:" + region + ":" + ACCOUNT + ":log-group:/aws/route53/resolver-queries")).resolverQueryLogConfig().id();
            vpcs.forEach(vpc -> resolver.associateResolverQueryLogConfig(a -> a.resolverQueryLogConfigId(config).resourceId(vpc)));
        }
    }

    private void tagRule(String region) {
        try (ConfigClient config = aws.client(ConfigClient.builder(), region)) {
            config.putConfigRule(r -> r.configRule(c -> c.configRuleName("required-tags").source(s -> s.owner("AWS").sourceIdentifier("REQUIRED_TAGS"))
                    .inputParameters("{\"tag1Key\":\"Owner\",\"tag2Key\":\"Environment\",\"tag3Key\":\"Application\",\"tag4Key\":\"DataClassification\"}")));
            if (region.equals(REGIONS.get(0))) {
                config.putConfigurationAggregator(a -> a.configurationAggregatorName("all").accountAggregationSources(s -> s.accountIds(ACCOUNT)
                        .allAwsRegions(true)));
            }
        }
    }

    /** An instance, a database, a table, a load balancer, a web ACL and a cluster, each logging, in the first Region. */
    private void applications() {
        String region = REGIONS.get(0);
        List<software.amazon.awssdk.services.ec2.model.Tag> ec2Tags = TAGS.entrySet().stream()
                .map(e -> software.amazon.awssdk.services.ec2.model.Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
        List<String> subnets;
        try (Ec2Client ec2 = aws.client(Ec2Client.builder(), region)) {
            var launched = ec2.runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)
                    .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE).tags(ec2Tags)));
            instances.add(launched.instances().get(0).instanceId());
            subnets = ec2.describeSubnets().subnets().stream().map(s -> s.subnetId()).limit(2).toList();
        }
        try (DynamoDbClient dynamo = aws.client(DynamoDbClient.builder(), region)) {
            String arn = dynamo.createTable(t -> t.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                    .tags(critical().entrySet().stream().map(e -> software.amazon.awssdk.services.dynamodb.model.Tag.builder().key(e.getKey())
                            .value(e.getValue()).build()).toList())).tableDescription().tableArn();
            dynamo.updateContinuousBackups(u -> u.tableName("orders").pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
            criticalResources.add(arn);
        }
        try (RdsClient rds = aws.client(RdsClient.builder(), region)) {
            rds.createDBInstance(d -> d.dbInstanceIdentifier("orders-db").engine("postgres").dbInstanceClass("db.t3.micro").allocatedStorage(20)
                    .masterUsername("admin").masterUserPassword("not-a-secret-1").backupRetentionPeriod(7).enableCloudwatchLogsExports("postgresql")
                    .storageEncrypted(true).tags(TAGS.entrySet().stream()
                            .map(e -> software.amazon.awssdk.services.rds.model.Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()));
        }
        try (ElasticLoadBalancingV2Client elb = aws.client(ElasticLoadBalancingV2Client.builder(), region)) {
            String arn = elb.createLoadBalancer(l -> l.name("web").type(LoadBalancerTypeEnum.APPLICATION).subnets(subnets)
                    .tags(TAGS.entrySet().stream().map(e -> software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder().key(e.getKey())
                            .value(e.getValue()).build()).toList())).loadBalancers().get(0).loadBalancerArn();
            elb.modifyLoadBalancerAttributes(m -> m.loadBalancerArn(arn).attributes(a -> a.key("access_logs.s3.enabled").value("true"),
                    a -> a.key("access_logs.s3.bucket").value(ACCESS_LOG_BUCKET)));
        }
        try (Wafv2Client waf = aws.client(Wafv2Client.builder(), region)) {
            String arn = waf.createWebACL(w -> w.name("web").scope(Scope.REGIONAL).defaultAction(d -> d.allow(a -> { }))
                    .visibilityConfig(v -> v.sampledRequestsEnabled(true).cloudWatchMetricsEnabled(true).metricName("web"))
                    .tags(TAGS.entrySet().stream().map(e -> software.amazon.awssdk.services.wafv2.model.Tag.builder().key(e.getKey()).value(e.getValue())
                            .build()).toList())).summary().arn();
            waf.putLoggingConfiguration(l -> l.loggingConfiguration(c -> c.resourceArn(arn)
                    .logDestinationConfigs("arn:aws:logs:" + region + ":" + ACCOUNT + ":log-group:aws-waf-logs-web")));
        }
        try (EksClient eks = aws.client(EksClient.builder(), region)) {
            eks.createCluster(c -> c.name("apps").roleArn("arn:aws:iam::" + ACCOUNT + ":role/eks").resourcesVpcConfig(v -> v.subnetIds(subnets))
                    .logging(l -> l.clusterLogging(s -> s.types(LogType.AUDIT).enabled(true))).tags(TAGS));
        }
        try (Route53Client route53 = aws.client(Route53Client.builder(), region)) {
            String zone = route53.createHostedZone(z -> z.name("example.com").callerReference("ready")).hostedZone().id();
            try (CloudWatchLogsClient logs = aws.client(CloudWatchLogsClient.builder(), region)) {
                logs.createLogGroup(g -> g.logGroupName("/aws/route53/example.com").tags(TAGS));
                logs.putRetentionPolicy(p -> p.logGroupName("/aws/route53/example.com").retentionInDays(400));
            }
            route53.createQueryLoggingConfig(q -> q.hostedZoneId(zone)
                    .cloudWatchLogsLogGroupArn("arn:aws:logs:" + region + ":" + ACCOUNT + ":log-group:/aws/route53/example.com:*"));
        }
    }

    private static Map<String, String> critical() {
        Map<String, String> tags = new LinkedHashMap<>(TAGS);
        tags.put("Criticality", "high");
        return tags;
    }

    /** A locked vault and a daily plan, in the first Region. */
    private void backups() {
        try (BackupClient backup = aws.client(BackupClient.builder(), REGIONS.get(0))) {
            backup.createBackupVault(v -> v.backupVaultName("locked").backupVaultTags(TAGS));
            backup.putBackupVaultLockConfiguration(l -> l.backupVaultName("locked").minRetentionDays(7L).maxRetentionDays(365L));
            // moto has no backup selections: ReadyStubs answers them.
            backup.createBackupPlan(p -> p.backupPlan(b -> b.backupPlanName("daily").rules(r -> r.ruleName("daily")
                    .targetBackupVaultName("locked").scheduleExpression("cron(0 5 * * ? *)"))).backupPlanTags(TAGS));
        }
    }

    /** Contacts, a hardened break-glass user, a support role and an IR permission set. */
    private void access() {
        try (AccountClient account = aws.client(AccountClient.builder(), "us-east-1")) {
            for (var contact : List.of(List.of("SECURITY", "Security Operations", "security@example.com"),
                    List.of("OPERATIONS", "Cloud Operations", "cloud-ops@example.com"), List.of("BILLING", "Finance", "aws-billing@example.com"))) {
                account.putAlternateContact(c -> c.alternateContactType(AlternateContactType.fromValue(contact.get(0))).name(contact.get(1))
                        .emailAddress(contact.get(2)).phoneNumber("+1-555-0100").title("Team"));
            }
        }
        try (IamClient iam = aws.iam()) {
            iam.createUser(u -> u.userName(BREAK_GLASS).tags(TAGS.entrySet().stream()
                    .map(e -> software.amazon.awssdk.services.iam.model.Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()));
            iam.createLoginProfile(l -> l.userName(BREAK_GLASS).password("Sealed-In-An-Envelope-1").passwordResetRequired(false));
            String serial = iam.createVirtualMFADevice(m -> m.virtualMFADeviceName(BREAK_GLASS)).virtualMFADevice().serialNumber();
            iam.enableMFADevice(m -> m.userName(BREAK_GLASS).serialNumber(serial).authenticationCode1("123456").authenticationCode2("654321"));
            iam.createRole(r -> r.roleName("aws-support").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"""));
            iam.attachRolePolicy(a -> a.roleName("aws-support").policyArn("arn:aws:iam::aws:policy/AWSSupportAccess"));
        }
        try (SsoAdminClient sso = aws.client(SsoAdminClient.builder(), REGIONS.get(0))) {
            String instance = sso.listInstances(r -> { }).instances().get(0).instanceArn();
            String set = sso.createPermissionSet(p -> p.instanceArn(instance).name("IR-Investigator").sessionDuration("PT4H")).permissionSet()
                    .permissionSetArn();
            sso.createAccountAssignment(a -> a.instanceArn(instance).permissionSetArn(set).targetId(ACCOUNT).targetType(TargetType.AWS_ACCOUNT)
                    .principalType(PrincipalType.GROUP).principalId("incident-responders"));
            sso.provisionPermissionSet(p -> p.instanceArn(instance).permissionSetArn(set).targetType(ProvisionTargetType.ALL_PROVISIONED_ACCOUNTS));
        }
    }

    /** One Automation document per scenario, tagged as its playbook, and Session Manager logging, in the first Region. */
    private void playbooks() {
        try (SsmClient ssm = aws.client(SsmClient.builder(), REGIONS.get(0))) {
            ssm.createDocument(d -> d.name("SSM-SessionManagerRunShell").documentType(DocumentType.SESSION).content("""
                    {"schemaVersion":"1.0","description":"Session preferences","sessionType":"Standard_Stream",
                     "inputs":{"s3BucketName":"org-access-logs","s3KeyPrefix":"sessions/","s3EncryptionEnabled":true,"cloudWatchLogGroupName":""}}"""));
            for (String scenario : SCENARIOS) {
                Map<String, String> tags = new LinkedHashMap<>(TAGS);
                tags.put("ir-playbook", scenario);
                ssm.createDocument(d -> d.name("IR-" + scenario).documentType(DocumentType.AUTOMATION).content("""
                        {"schemaVersion":"0.3","description":"Playbook","mainSteps":[{"name":"wait","action":"aws:sleep","inputs":{"Duration":"PT1S"}}]}""")
                        .tags(tags.entrySet().stream().map(e -> software.amazon.awssdk.services.ssm.model.Tag.builder().key(e.getKey()).value(e.getValue())
                                .build()).toList()));
            }
        }
    }
}
