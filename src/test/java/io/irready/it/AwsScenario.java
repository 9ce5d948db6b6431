package io.irready.it;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Seeds an emulator (moto; LocalStack for what it implements), through the SDK, with an account that is
 * ready for an incident: a logging multi-Region trail with validation, Config recording in every Region,
 * fully tagged resources, 400-day log retention, and an investigator role trusted by the security account
 * with MFA. Each {@code break...} method then breaks one item.
 */
public final class AwsScenario {

    public static final String ACCOUNT = "123456789012";
    public static final String SECURITY_ACCOUNT = "111122223333";
    public static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    public static final String TRAIL = "org-audit";
    public static final String TRAIL_BUCKET = "org-audit-logs";
    public static final String INVESTIGATOR = "IR-Investigator";
    public static final String RESPONDER = "IR-Responder";
    public static final String FORENSICS_ACCOUNT = "777788889999";
    public static final String ACCESS_LOG_BUCKET = "org-access-logs";
    public static final String TRAIL_LOG_GROUP = "cloudtrail-logs";
    public static final String BREAK_GLASS = "break-glass-1";
    public static final List<String> SCENARIOS = List.of("credential-compromise", "instance-compromise", "data-exposure");
    public static final Map<String, String> TAGS = Map.of("Owner", "security-team", "Environment", "prod", "Application", "audit",
            "DataClassification", "internal");

    /** The settings these scenarios are judged against (under irready:), auditing the caller's account. */
    public static final String SETTINGS = settings("""
                source: caller
            """);

    /** An attestations file with every item attested ten days ago, written into {@code dir}; returns its path. */
    public static java.nio.file.Path attestations(java.nio.file.Path dir) {
        String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10).toString();
        StringBuilder yaml = new StringBuilder("attestations:\n");
        for (var item : io.irready.attestations.AttestedItem.values()) {
            yaml.append("  - item: ").append(item.key()).append("\n    date: ").append(date)
                    .append("\n    owner: Security operations\n    evidence: https://wiki.example.com/").append(item.key()).append("\n");
        }
        try {
            java.nio.file.Files.createDirectories(dir);
            return java.nio.file.Files.writeString(dir.resolve("attestations.yml"), yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The scenarios' check settings with the given scope keys (indented four spaces, under irready.scope). */
    public static String settings(String scope) {
        return settings("[us-east-1, eu-west-1]", scope);
    }

    /** The scenarios' check settings auditing {@code regions} (a YAML list, or all-enabled) with the given scope keys. */
    public static String settings(String regions, String scope) {
        return """
                irready:
                  scope:
                """ + "    regions: " + regions + "\n" + scope + """
                  checks:
                    log-retention:
                      minimum-days: 365
                    tagging:
                      required-keys: [Owner, Environment, Application, DataClassification]
                    responder-roles:
                      roles:
                        - name: IR-Investigator
                          kind: investigator
                        - name: IR-Responder*
                          kind: responder
                      trusted-principals: ["111122223333", "arn:aws:iam::123456789012:saml-provider/Okta"]
                      investigator-policies: [SecurityAudit, ViewOnlyAccess]
                    organization-accounts:
                      forensics: {id: "777788889999"}
                """;
    }

    private static final String MFA_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
             "Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""";
    private static final String SAML_TRUST = """
            {"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:saml-provider/Okta"},
             "Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}}""";
    private static final String SECURITY_AUDIT = "arn:aws:iam::aws:policy/SecurityAudit";

    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private ReadyServices ready;

    public AwsScenario(String endpoint) {
        this(endpoint, "testing");
    }

    /** The scenario in the emulator's account that {@code accessKeyId} acts in. */
    public AwsScenario(String endpoint, String accessKeyId) {
        this(URI.create(endpoint), StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "testing")));
    }

    private AwsScenario(URI endpoint, AwsCredentialsProvider credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    /** The same scenario in another account, through a role assumed there (moto lets any role be assumed). */
    public AwsScenario inAccount(String accountId) {
        try (StsClient sts = client(StsClient.builder(), "us-east-1")) {
            var assumed = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + accountId + ":role/OrganizationAccountAccessRole")
                    .roleSessionName("seed")).credentials();
            return new AwsScenario(endpoint, StaticCredentialsProvider.create(
                    AwsSessionCredentials.create(assumed.accessKeyId(), assumed.secretAccessKey(), assumed.sessionToken())));
        }
    }

    /** An account ready for an incident: its own logging trail, and everything {@link #readyWorkloads()} sets up. */
    public AwsScenario readyAccount() {
        trailBucket(TRAIL_BUCKET);
        try (CloudTrailClient cloudTrail = client(CloudTrailClient.builder(), REGIONS.get(0))) {
            cloudTrail.createTrail(t -> t.name(TRAIL).s3BucketName(TRAIL_BUCKET).isMultiRegionTrail(true)
                    .includeGlobalServiceEvents(true).enableLogFileValidation(true));
            cloudTrail.putEventSelectors(e -> e.trailName(TRAIL).eventSelectors(s -> s.readWriteType(ReadWriteType.ALL).includeManagementEvents(true)));
            cloudTrail.startLogging(l -> l.name(TRAIL));
        }
        readyWorkloads();
        ready = new ReadyServices(this).seed();
        return this;
    }

    /** What {@link #readyAccount()} seeded beyond the basics, whose ids the stubs of what moto lacks answer with. */
    public ReadyServices ready() {
        return ready;
    }

    /** A tagged bucket whose lifecycle keeps logs seven years. */
    public void trailBucket(String bucket) {
        try (S3Client s3 = s3()) {
            s3.createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true));
            s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(TAGS.entrySet().stream()
                    .map(e -> software.amazon.awssdk.services.s3.model.Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList())));
            s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(r -> r
                    .id("keep-seven-years").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("AWSLogs/"))
                    .expiration(e -> e.days(2555)))));
        }
    }

    /**
     * What every ready account has besides its trail: Config recording in every Region, tagged log groups
     * kept 400 days, and the responder roles with tight trust and read access.
     */
    public AwsScenario readyWorkloads() {
        for (String region : REGIONS) {
            try (ConfigClient config = client(ConfigClient.builder(), region)) {
                config.putConfigurationRecorder(p -> p.configurationRecorder(r -> r.name("default")
                        .roleARN("arn:aws:iam::" + ACCOUNT + ":role/aws-config")
                        .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(region.equals(REGIONS.get(0))))));
                config.putDeliveryChannel(p -> p.deliveryChannel(c -> c.name("default").s3BucketName(TRAIL_BUCKET)));
                config.startConfigurationRecorder(s -> s.configurationRecorderName("default"));
            }
            try (CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder(), region)) {
                for (String group : List.of("/aws/vpc/flow-logs", "/aws/route53/resolver-queries")) {
                    logs.createLogGroup(g -> g.logGroupName(group).tags(TAGS));
                    logs.putRetentionPolicy(p -> p.logGroupName(group).retentionInDays(400));
                }
            }
        }
        try (IamClient iam = iam()) {
            iam.createSAMLProvider(p -> p.name("Okta").samlMetadataDocument("x".repeat(1000)));
            iam.createRole(r -> r.roleName(INVESTIGATOR).assumeRolePolicyDocument(MFA_TRUST));
            iam.attachRolePolicy(a -> a.roleName(INVESTIGATOR).policyArn(SECURITY_AUDIT));
            iam.createRole(r -> r.roleName(RESPONDER).assumeRolePolicyDocument(SAML_TRUST));
            iam.putRolePolicy(p -> p.roleName(RESPONDER).policyName("containment").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:CreateSnapshot","ec2:ModifyInstanceAttribute"],"Resource":"*"}]}"""));
        }
        return this;
    }

    public void stopTrailLogging() {
        try (CloudTrailClient cloudTrail = client(CloudTrailClient.builder(), REGIONS.get(0))) {
            cloudTrail.stopLogging(l -> l.name(TRAIL));
        }
    }

    public void disableLogFileValidation() {
        try (CloudTrailClient cloudTrail = client(CloudTrailClient.builder(), REGIONS.get(0))) {
            cloudTrail.updateTrail(t -> t.name(TRAIL).enableLogFileValidation(false));
        }
    }

    public void stopConfigRecorder(String region) {
        try (ConfigClient config = client(ConfigClient.builder(), region)) {
            config.stopConfigurationRecorder(s -> s.configurationRecorderName("default"));
        }
    }

    public void addUntaggedLogGroup(String region) {
        try (CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder(), region)) {
            logs.createLogGroup(g -> g.logGroupName("/app/orders").tags(Map.of("Owner", "orders-team")));
            logs.putRetentionPolicy(p -> p.logGroupName("/app/orders").retentionInDays(400));
        }
    }

    public void shortenLogRetention(String region) {
        try (CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder(), region)) {
            logs.putRetentionPolicy(p -> p.logGroupName("/aws/vpc/flow-logs").retentionInDays(30));
        }
    }

    public void expireTrailLogsAfter(int days) {
        try (S3Client s3 = s3()) {
            s3.putBucketLifecycleConfiguration(b -> b.bucket(TRAIL_BUCKET).lifecycleConfiguration(l -> l.rules(r -> r
                    .id("cleanup").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")).expiration(e -> e.days(days)))));
        }
    }

    public void deleteInvestigatorRole() {
        try (IamClient iam = iam()) {
            iam.detachRolePolicy(d -> d.roleName(INVESTIGATOR).policyArn(SECURITY_AUDIT));
            iam.deleteRole(d -> d.roleName(INVESTIGATOR));
        }
    }

    /** Only the investigator role, trusted with MFA, with no policy attached. */
    public void investigatorWithoutReadAccess() {
        try (IamClient iam = iam()) {
            iam.createRole(r -> r.roleName(INVESTIGATOR).assumeRolePolicyDocument(MFA_TRUST));
        }
    }

    /** A responder role anyone may assume without MFA: its trust names no account and its MFA condition is IfExists. */
    public void addResponderTrustedByAnyone(String roleName) {
        try (IamClient iam = iam()) {
            iam.createRole(r -> r.roleName(roleName).assumeRolePolicyDocument(MFA_TRUST.replace("\"arn:aws:iam::111122223333:root\"", "\"*\"")
                    .replace("Bool", "BoolIfExists")));
        }
    }

    /** Flow logs of all traffic on every VPC of the Region, to the flow-log group. */
    public void flowLogsOnEveryVpc(String region) {
        try (var ec2 = client(software.amazon.awssdk.services.ec2.Ec2Client.builder(), region)) {
            List<String> vpcs = ec2.describeVpcs().vpcs().stream().map(v -> v.vpcId()).toList();
            ec2.createFlowLogs(f -> f.resourceIds(vpcs).resourceType(FlowLogsResourceType.VPC).trafficType(TrafficType.ALL).logGroupName("/aws/vpc/flow-logs")
                    .deliverLogsPermissionArn("arn:aws:iam::" + ACCOUNT + ":role/flow-logs"));
        }
    }

    public void trustInvestigatorWithoutMfa() {
        try (IamClient iam = iam()) {
            iam.updateAssumeRolePolicy(u -> u.roleName(INVESTIGATOR).policyDocument(MFA_TRUST.replace("Bool", "BoolIfExists")));
        }
    }

    public void detachInvestigatorReadAccess() {
        try (IamClient iam = iam()) {
            iam.detachRolePolicy(d -> d.roleName(INVESTIGATOR).policyArn(SECURITY_AUDIT));
        }
    }

    public void deleteFlowLogs(String region) {
        try (var ec2 = client(software.amazon.awssdk.services.ec2.Ec2Client.builder(), region)) {
            List<String> ids = ec2.describeFlowLogs().flowLogs().stream().map(f -> f.flowLogId()).toList();
            ec2.deleteFlowLogs(d -> d.flowLogIds(ids.get(0)));
        }
    }

    public void disableFindingsRule(String region) {
        try (var events = client(software.amazon.awssdk.services.eventbridge.EventBridgeClient.builder(), region)) {
            events.disableRule(d -> d.name("guardduty-high"));
        }
    }

    public void deleteMetricFilter(String name) {
        try (CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder(), REGIONS.get(0))) {
            logs.deleteMetricFilter(d -> d.logGroupName(TRAIL_LOG_GROUP).filterName(name));
        }
    }

    public void deleteSecurityContact() {
        try (var account = client(software.amazon.awssdk.services.account.AccountClient.builder(), "us-east-1")) {
            account.deleteAlternateContact(d -> d.alternateContactType("SECURITY"));
        }
    }

    public void disablePointInTimeRecovery() {
        try (var dynamo = client(software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder(), REGIONS.get(0))) {
            dynamo.updateContinuousBackups(u -> u.tableName("orders").pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(false)));
        }
    }

    /** A bucket in another Region, so that lifecycle reads must follow the bucket's location. */
    public void moveTrailToBucketIn(String region, int expirationDays) {
        String bucket = "org-audit-logs-" + region;
        try (S3Client s3 = s3()) {
            s3.createBucket(b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.fromValue(region))));
            s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(r -> r
                    .id("short").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")).expiration(e -> e.days(expirationDays)))));
        }
        try (CloudTrailClient cloudTrail = client(CloudTrailClient.builder(), REGIONS.get(0))) {
            cloudTrail.updateTrail(t -> t.name(TRAIL).s3BucketName(bucket));
        }
    }

    S3Client s3() {
        return client(S3Client.builder().forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED), "us-east-1");
    }

    IamClient iam() {
        return client(IamClient.builder(), "us-east-1");
    }

    <B extends AwsClientBuilder<B, C>, C> C client(B builder, String region) {
        return builder.endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .build();
    }
}
