package io.irready.services;

import io.irready.aws.AwsClients;
import io.irready.aws.AwsStub;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.services.account.AccountContactsCollector;
import io.irready.services.ec2.EbsSettingsCollector;
import io.irready.services.guardduty.GuardDutyCollector;
import software.amazon.awssdk.services.account.model.AlternateContact;
import software.amazon.awssdk.services.account.model.ContactInformation;
import software.amazon.awssdk.services.account.model.GetAlternateContactResponse;
import software.amazon.awssdk.services.account.model.GetContactInformationResponse;
import software.amazon.awssdk.services.guardduty.model.DescribeOrganizationConfigurationResponse;
import software.amazon.awssdk.services.guardduty.model.DetectorFeatureConfigurationResult;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;
import software.amazon.awssdk.services.guardduty.model.ListDetectorsResponse;
import software.amazon.awssdk.services.kms.model.DescribeKeyResponse;
import software.amazon.awssdk.services.kms.model.GetKeyPolicyResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import io.irready.services.accessanalyzer.AccessAnalyzerCollector;
import io.irready.services.backup.BackupCollector;
import io.irready.services.detective.DetectiveCollector;
import io.irready.services.incidents.OnCallReadinessCollector;
import io.irready.services.macie.MacieCollector;
import io.irready.services.rbin.RecycleBinRulesCollector;
import io.irready.services.securityhub.SecurityHubCollector;
import io.irready.services.securityir.SecurityIncidentResponseCollector;
import io.irready.services.securitylake.LogQueryStoresCollector;
import io.irready.services.ssm.SsmManagedInstancesCollector;
import io.irready.services.support.SupportPlanCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;
import software.amazon.awssdk.services.accessanalyzer.model.ListAnalyzersResponse;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.Condition;
import software.amazon.awssdk.services.backup.model.CopyAction;
import software.amazon.awssdk.services.backup.model.GetBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.GetBackupSelectionResponse;
import software.amazon.awssdk.services.backup.model.ListBackupJobsResponse;
import software.amazon.awssdk.services.backup.model.ListBackupPlansResponse;
import software.amazon.awssdk.services.backup.model.ListBackupSelectionsResponse;
import software.amazon.awssdk.services.backup.model.ListBackupVaultsResponse;
import software.amazon.awssdk.services.backup.model.ListProtectedResourcesResponse;
import software.amazon.awssdk.services.backup.model.ListRestoreJobsResponse;
import software.amazon.awssdk.services.backup.model.ListRestoreTestingPlansResponse;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RestoreJobsListMember;
import software.amazon.awssdk.services.backup.model.RestoreTestingPlanForList;
import software.amazon.awssdk.services.cloudtrail.model.EventDataStore;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventDataStoreResponse;
import software.amazon.awssdk.services.cloudtrail.model.ListEventDataStoresResponse;
import software.amazon.awssdk.services.securitylake.model.ListLogSourcesResponse;
import software.amazon.awssdk.services.securitylake.model.LogSource;
import software.amazon.awssdk.services.securitylake.model.LogSourceResource;
import software.amazon.awssdk.services.detective.model.ListGraphsResponse;
import software.amazon.awssdk.services.detective.model.ListInvitationsResponse;
import software.amazon.awssdk.services.detective.model.MemberDetail;
import software.amazon.awssdk.services.macie2.model.GetAutomatedDiscoveryConfigurationResponse;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionResponse;
import software.amazon.awssdk.services.rbin.model.ListRulesResponse;
import software.amazon.awssdk.services.rbin.model.RetentionPeriod;
import software.amazon.awssdk.services.rbin.model.RuleSummary;
import software.amazon.awssdk.services.securityhub.model.DescribeHubResponse;
import software.amazon.awssdk.services.securityhub.model.FindingAggregator;
import software.amazon.awssdk.services.securityhub.model.GetEnabledStandardsResponse;
import software.amazon.awssdk.services.securityhub.model.GetFindingAggregatorResponse;
import software.amazon.awssdk.services.securityhub.model.ListFindingAggregatorsResponse;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.IncidentResponder;
import software.amazon.awssdk.services.securityir.model.ListMembershipItem;
import software.amazon.awssdk.services.securityir.model.ListMembershipsResponse;
import software.amazon.awssdk.services.securityir.model.MembershipAccountsConfigurations;
import software.amazon.awssdk.services.securitylake.model.DataLakeResource;
import software.amazon.awssdk.services.securitylake.model.ListDataLakesResponse;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationResponse;
import software.amazon.awssdk.services.ssm.model.GetDocumentResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssmcontacts.model.Contact;
import software.amazon.awssdk.services.ssmcontacts.model.ContactChannel;
import software.amazon.awssdk.services.ssmcontacts.model.ListContactChannelsResponse;
import software.amazon.awssdk.services.ssmcontacts.model.ListContactsResponse;
import software.amazon.awssdk.services.ssmincidents.model.GetResponsePlanResponse;
import software.amazon.awssdk.services.ssmincidents.model.IncidentTemplate;
import software.amazon.awssdk.services.ssmincidents.model.ListResponsePlansResponse;
import software.amazon.awssdk.services.ssmincidents.model.ResponsePlanSummary;
import software.amazon.awssdk.services.support.model.DescribeSeverityLevelsResponse;
import software.amazon.awssdk.services.support.model.SeverityLevel;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collectors of services moto does not implement, against a local stub that answers in each API's
 * documented shape (written from the SDK's own model), including the answers that mean "not set up".
 */
class StubbedServiceCollectorsTest {

    private static final String REGION = "us-east-1";
    private final StubbedAccount account = new StubbedAccount(); // JUnit makes one instance per test
    private final AwsStub stub = account.stub;

    @AfterEach
    void stop() {
        account.close();
    }

    private <T> T collect(Collector<T> collector) {
        return account.collect(collector);
    }

    /** The collected value, or a failure that names the gap. */
    private static <T> T value(io.irready.evidence.Evidence<T> evidence) {
        assertThat(evidence.isCollected()).as(evidence.gap()).isTrue();
        return evidence.data().orElseThrow();
    }

    @Test
    void accessAnalyzer() {
        stub.rest("access-analyzer", "GET", "/analyzer", ListAnalyzersResponse.builder().analyzers(AnalyzerSummary.builder()
                .arn("arn:aws:access-analyzer:us-east-1:123456789012:analyzer/org").name("org").type("ORGANIZATION").status("ACTIVE")
                .createdAt(Instant.parse("2026-01-01T00:00:00Z")).build()).build());
        var analyzers = value(collect(new AccessAnalyzerCollector()).analyzers());
        assertThat(analyzers).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("ORGANIZATION");
            assertThat(a.status()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void detective() {
        stub.rest("detective", "POST", "/graphs/list", ListGraphsResponse.builder().graphList(software.amazon.awssdk.services.detective.model.Graph
                .builder().arn("arn:aws:detective:us-east-1:111122223333:graph:g1").build()).build());
        stub.rest("detective", "POST", "/invitations/list", ListInvitationsResponse.builder().invitations(MemberDetail.builder()
                .graphArn("arn:aws:detective:us-east-1:111122223333:graph:g1").status("ENABLED").accountId("123456789012").build()).build());
        var detective = collect(new DetectiveCollector());
        assertThat(value(detective.graphs())).containsExactly("arn:aws:detective:us-east-1:111122223333:graph:g1");
        assertThat(value(detective.memberships())).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo("ENABLED"));
    }

    @Test
    void incidentManagerContactsAndResponsePlans() {
        stub.target("ssm-contacts", "SSMContacts.ListContacts", ListContactsResponse.builder().contacts(
                Contact.builder().contactArn("arn:aws:ssm-contacts:us-east-1:123456789012:contact/alice").alias("alice").type("PERSONAL").build(),
                Contact.builder().contactArn("arn:aws:ssm-contacts:us-east-1:123456789012:contact/rota").alias("rota").type("ONCALL_SCHEDULE").build())
                .build());
        stub.target("ssm-contacts", "SSMContacts.ListContactChannels", ListContactChannelsResponse.builder().contactChannels(
                channel("sms", "ACTIVATED"), channel("voice", "ACTIVATED"), channel("email", "NOT_ACTIVATED")).build());
        stub.rest("ssm-incidents", "POST", "/listResponsePlans", ListResponsePlansResponse.builder().responsePlanSummaries(ResponsePlanSummary
                .builder().arn("arn:aws:ssm-incidents::123456789012:response-plan/security").name("security").build()).build());
        stub.rest("ssm-incidents", "GET", "/getResponsePlan", GetResponsePlanResponse.builder().arn("arn:aws:ssm-incidents::123456789012:response-plan/security")
                .name("security").incidentTemplate(IncidentTemplate.builder().title("Security").impact(1).build())
                .engagements("arn:aws:ssm-contacts:us-east-1:123456789012:contact/rota").build());
        var onCall = collect(new OnCallReadinessCollector());
        assertThat(value(onCall.contacts())).extracting(c -> c.type()).containsExactly("PERSONAL", "ONCALL_SCHEDULE");
        assertThat(value(onCall.contacts()).get(0).activatedChannels().data()).contains(2);
        assertThat(value(onCall.responsePlans())).singleElement().satisfies(p -> assertThat(p.engagements().data()).contains(1));
    }

    private static ContactChannel channel(String name, String status) {
        return ContactChannel.builder().contactChannelArn("arn:aws:ssm-contacts:us-east-1:123456789012:contact-channel/alice/" + name)
                .contactArn("arn:aws:ssm-contacts:us-east-1:123456789012:contact/alice").name(name).type("SMS").activationStatus(status).build();
    }

    @Test
    void securityIncidentResponse() {
        stub.rest("security-ir", "POST", "/v1/memberships", ListMembershipsResponse.builder().items(ListMembershipItem.builder()
                .membershipId("m-abcdef1234").accountId("123456789012").region("us-east-1").membershipStatus("Active").build()).build());
        stub.rest("security-ir", "GET", "/v1/membership/m-abcdef1234", GetMembershipResponse.builder().membershipId("m-abcdef1234")
                .membershipStatus("Active").incidentResponseTeam(
                        IncidentResponder.builder().name("Alice").jobTitle("SOC").email("alice@example.com").build(),
                        IncidentResponder.builder().name("Bob").jobTitle("SOC").email("bob@example.com").build())
                .membershipAccountsConfigurations(MembershipAccountsConfigurations.builder().coverEntireOrganization(true).build()).build());
        var membership = value(collect(new SecurityIncidentResponseCollector()).memberships());
        assertThat(membership).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("Active");
            assertThat(m.teamSize()).isEqualTo(2);
            assertThat(m.wholeOrganization()).isTrue();
        });
    }

    @Test
    void iamRolesKeepOnlyResponderRolesTrustPoliciesUrlDecoded() {
        String encoded = java.net.URLEncoder.encode("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}",
                java.nio.charset.StandardCharsets.UTF_8);
        String member = """
                <member><RoleName>%s</RoleName><Arn>arn:aws:iam::123456789012:role/%s</Arn><Path>/</Path><RoleId>AROAEXAMPLE</RoleId>
                <CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>%s</AssumeRolePolicyDocument></member>""";
        stub.query("iam", "ListRoles", "<ListRolesResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ListRolesResult>"
                + "<IsTruncated>false</IsTruncated><Roles>" + member.formatted("IR-Investigator", "IR-Investigator", encoded)
                + member.formatted("app", "app", encoded) + "</Roles></ListRolesResult></ListRolesResponse>");
        var roles = account.collect(new io.irready.services.iam.IamCollector(),
                new CollectionContext("123456789012", List.of(REGION), java.util.Set.of(), name -> name.startsWith("IR-"), name -> false), null);
        assertThat(value(roles.roles())).satisfiesExactly(
                responder -> assertThat(responder.trustPolicyDocument()).startsWith("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\""),
                other -> assertThat(other.trustPolicyDocument()).as("no check reads it, so the bundle does not keep it").isNull());
    }

    @Test
    void recycleBin() {
        stub.rest("rbin", "POST", "/list-rules", ListRulesResponse.builder().rules(RuleSummary.builder().identifier("rule-1")
                .retentionPeriod(RetentionPeriod.builder().retentionPeriodValue(7).retentionPeriodUnit("DAYS").build()).lockState("locked").build())
                .build());
        stub.rest("rbin", "GET", "/rules/rule-1", software.amazon.awssdk.services.rbin.model.GetRuleResponse.builder().identifier("rule-1")
                .status("available").resourceTags(software.amazon.awssdk.services.rbin.model.ResourceTag.builder().resourceTagKey("Keep")
                        .resourceTagValue("yes").build()).build());
        assertThat(value(collect(new RecycleBinRulesCollector()).snapshotRules())).singleElement().satisfies(r -> {
            assertThat(r.lockState()).isEqualTo("locked");
            assertThat(r.retentionDays()).isEqualTo(7);
            assertThat(value(r.details()).resourceTags()).as("ListRules does not say it; GetRule does").containsExactly("Keep=yes");
            assertThat(value(r.details()).retainsEverySnapshot()).isFalse();
        });
    }

    @Test
    void supportPlanLevelsAndTheBasicPlan() {
        stub.target("support", "AWSSupport_20130415.DescribeSeverityLevels", DescribeSeverityLevelsResponse.builder().severityLevels(
                SeverityLevel.builder().code("low").name("Low").build(), SeverityLevel.builder().code("urgent").name("Urgent").build()).build());
        var plan = collect(new SupportPlanCollector());
        assertThat(plan.subscribed().data()).contains(true);
        assertThat(plan.severityLevels()).containsExactly("low", "urgent");

        stub.target("support", "AWSSupport_20130415.DescribeSeverityLevels", 400,
                "{\"__type\":\"SubscriptionRequiredException\",\"message\":\"AWS Premium Support Subscription is required to use this service.\"}");
        assertThat(collect(new SupportPlanCollector()).subscribed().data()).contains(false);
    }

    @Test
    void logQueryStoresAreDescribedOneByOneBecauseTheListNoLongerSaysTheirStatus() {
        String arn = "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/";
        // As AWS answers today: ListEventDataStores gives ARNs and names only; Status and the rest come from GetEventDataStore.
        stub.target("cloudtrail", "CloudTrail_20131101.ListEventDataStores", ListEventDataStoresResponse.builder().eventDataStores(
                EventDataStore.builder().eventDataStoreArn(arn + "on").name("on").build(),
                EventDataStore.builder().eventDataStoreArn(arn + "off").name("off").build(),
                EventDataStore.builder().eventDataStoreArn(arn + "config").name("config").build()).build());
        stub.target("cloudtrail", "CloudTrail_20131101.GetEventDataStore", GetEventDataStoreResponse.builder().eventDataStoreArn(arn + "on")
                .status("ENABLED").advancedEventSelectors(selecting("Management")).build());
        stubStore(arn + "off", GetEventDataStoreResponse.builder().eventDataStoreArn(arn + "off").status("STOPPED_INGESTION")
                .advancedEventSelectors(selecting("Management")).build());
        stubStore(arn + "config", GetEventDataStoreResponse.builder().eventDataStoreArn(arn + "config").status("ENABLED")
                .advancedEventSelectors(selecting("ConfigurationItem")).build());
        stub.rest("securitylake", "GET", "/v1/datalakes", ListDataLakesResponse.builder().dataLakes(DataLakeResource.builder()
                .dataLakeArn("arn:aws:securitylake:us-east-1:123456789012:data-lake/default").region("us-east-1").createStatus("FAILED").build()).build());
        var stores = collect(new LogQueryStoresCollector());
        assertThat(value(stores.eventDataStores())).as("stopped and configuration-item stores are not a record to query")
                .containsExactly(arn + "on");
        assertThat(stores.securityLake().data()).as("a lake whose creation failed holds nothing").contains(false);
    }

    @Test
    void aSecurityLakeCountsOnlyWithALogSourceOfTheAccountAndAnUndescribedStoreIsAGap() {
        String arn = "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/secret";
        stub.target("cloudtrail", "CloudTrail_20131101.ListEventDataStores", ListEventDataStoresResponse.builder().eventDataStores(
                EventDataStore.builder().eventDataStoreArn(arn).build()).build());
        stub.target("cloudtrail", "CloudTrail_20131101.GetEventDataStore", 400,
                "{\"__type\":\"AccessDeniedException\",\"message\":\"not authorized\"}");
        stub.rest("securitylake", "GET", "/v1/datalakes", ListDataLakesResponse.builder().dataLakes(DataLakeResource.builder()
                .dataLakeArn("arn:aws:securitylake:us-east-1:123456789012:data-lake/default").region("us-east-1").createStatus("COMPLETED").build()).build());
        stub.rest("securitylake", "POST", "/v1/datalake/logsources/list", ListLogSourcesResponse.builder().build());
        var empty = collect(new LogQueryStoresCollector());
        assertThat(empty.eventDataStores().isCollected()).isFalse();
        assertThat(empty.eventDataStores().gap()).contains("cloudtrail:GetEventDataStore");
        assertThat(empty.securityLake().data()).as("a lake that collects nothing from the account").contains(false);

        stub.rest("securitylake", "POST", "/v1/datalake/logsources/list", ListLogSourcesResponse.builder().sources(LogSource.builder()
                .account("123456789012").region("us-east-1").sources(LogSourceResource.builder().awsLogSource(s -> s.sourceName("CLOUD_TRAIL_MGMT")
                        .sourceVersion("2.0")).build()).build()).build());
        assertThat(collect(new LogQueryStoresCollector()).securityLake().data()).contains(true);
    }

    private void stubStore(String arn, GetEventDataStoreResponse response) {
        stub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .atPriority(0).withHeader("X-Amz-Target", com.github.tomakehurst.wiremock.client.WireMock.matching(".*GetEventDataStore"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(arn))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(io.irready.aws.SdkJson.of(response))));
    }

    private static AdvancedEventSelector selecting(String category) {
        return AdvancedEventSelector.builder().name(category).fieldSelectors(AdvancedFieldSelector.builder().field("eventCategory")
                .equalsValue(category).build()).build();
    }

    @Test
    void macieSessionDiscoveryAndAnAccountWithoutMacie() {
        stub.rest("macie2", "GET", "/macie", GetMacieSessionResponse.builder().status("ENABLED").findingPublishingFrequency("FIFTEEN_MINUTES")
                .createdAt(Instant.parse("2026-01-01T00:00:00Z")).build());
        stub.rest("macie2", "GET", "/automated-discovery/configuration", GetAutomatedDiscoveryConfigurationResponse.builder().status("ENABLED").build());
        var macie = collect(new MacieCollector());
        assertThat(value(macie.status())).isEqualTo("ENABLED");
        assertThat(macie.automatedDiscovery().data()).contains("ENABLED");

        stub.restError("macie2", "GET", "/macie", 403, "AccessDeniedException", "Macie is not enabled.");
        var off = collect(new MacieCollector());
        assertThat(off.status().isCollected()).isTrue();
        assertThat(off.status().data()).isEmpty();
    }

    @Test
    void managedInstancesAndSessionLogging() {
        stub.target("ssm", "AmazonSSM.DescribeInstanceInformation", DescribeInstanceInformationResponse.builder().instanceInformationList(
                InstanceInformation.builder().instanceId("i-1").pingStatus("Online").build(),
                InstanceInformation.builder().instanceId("i-lost").pingStatus("ConnectionLost").build()).build());
        stub.target("ssm", "AmazonSSM.GetDocument", GetDocumentResponse.builder().name("SSM-SessionManagerRunShell").content(
                "{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\",\"inputs\":{\"s3BucketName\":\"session-logs\","
                        + "\"cloudWatchLogGroupName\":\"\"}}").build());
        var ssm = collect(new SsmManagedInstancesCollector());
        assertThat(value(ssm.instanceIds())).as("an agent that lost its connection runs no command").containsExactly("i-1");
        assertThat(value(ssm.sessionLogging()).s3BucketName()).isEqualTo("session-logs");

        stub.target("ssm", "AmazonSSM.GetDocument", 400, "{\"__type\":\"InvalidDocument\",\"message\":\"Document not found\"}");
        var unset = collect(new SsmManagedInstancesCollector());
        assertThat(unset.sessionLogging().isCollected()).isTrue();
        assertThat(unset.sessionLogging().data()).isEmpty();
    }

    @Test
    void securityHubStandardsAggregatorsAndAnAccountWithoutTheHub() {
        stub.rest("securityhub", "GET", "/accounts", DescribeHubResponse.builder().hubArn("arn:aws:securityhub:us-east-1:123456789012:hub/default").build());
        stub.rest("securityhub", "POST", "/standards/get", GetEnabledStandardsResponse.builder().standardsSubscriptions(StandardsSubscription.builder()
                .standardsSubscriptionArn("arn:aws:securityhub:us-east-1:123456789012:subscription/aws-foundational-security-best-practices/v/1.0.0")
                .standardsArn("arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0").standardsStatus("READY")
                .build()).build());
        stub.rest("securityhub", "GET", "/findingAggregator/list", ListFindingAggregatorsResponse.builder().findingAggregators(FindingAggregator
                .builder().findingAggregatorArn("arn:aws:securityhub:us-east-1:123456789012:finding-aggregator/1").build()).build());
        stub.rest("securityhub", "GET", "/findingAggregator/get/.*", GetFindingAggregatorResponse.builder()
                .findingAggregatorArn("arn:aws:securityhub:us-east-1:123456789012:finding-aggregator/1").findingAggregationRegion("us-east-1")
                .regionLinkingMode("ALL_REGIONS").build());
        var hub = collect(new SecurityHubCollector());
        assertThat(value(hub.enabled())).isTrue();
        assertThat(value(hub.standards())).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("READY"));
        assertThat(value(hub.aggregators())).singleElement().satisfies(a -> assertThat(a.linkingMode()).isEqualTo("ALL_REGIONS"));

        stub.restError("securityhub", "GET", "/accounts", 401, "InvalidAccessException", "Account is not subscribed to AWS Security Hub");
        assertThat(value(collect(new SecurityHubCollector()).enabled())).isFalse();
    }

    @Test
    void backupPlansVaultsJobsAndRestores() {
        stub.rest("backup", "GET", "/backup/plans/?", ListBackupPlansResponse.builder().backupPlansList(BackupPlansListMember.builder()
                .backupPlanId("plan-1").backupPlanName("daily").build()).build());
        stub.rest("backup", "GET", "/backup/plans/plan-1/?", GetBackupPlanResponse.builder().backupPlanId("plan-1").backupPlan(
                software.amazon.awssdk.services.backup.model.BackupPlan.builder().backupPlanName("daily").rules(BackupRule.builder().ruleName("daily")
                        .targetBackupVaultName("locked").copyActions(CopyAction.builder()
                                .destinationBackupVaultArn("arn:aws:backup:us-east-1:777788889999:backup-vault:copies").build()).build()).build()).build());
        stub.rest("backup", "GET", "/backup/plans/plan-1/selections/?", ListBackupSelectionsResponse.builder().backupSelectionsList(
                BackupSelectionsListMember.builder().selectionId("sel-1").selectionName("critical").build()).build());
        stub.rest("backup", "GET", "/backup/plans/plan-1/selections/sel-1/?", GetBackupSelectionResponse.builder().backupSelection(BackupSelection
                .builder().selectionName("critical").iamRoleArn("arn:aws:iam::123456789012:role/backup").resources("arn:aws:ec2:*:*:volume/*")
                .listOfTags(Condition.builder().conditionType("STRINGEQUALS").conditionKey("Criticality").conditionValue("high").build()).build()).build());
        stub.rest("backup", "GET", "/backup-vaults/?", ListBackupVaultsResponse.builder().backupVaultList(BackupVaultListMember.builder()
                .backupVaultName("locked").backupVaultArn("arn:aws:backup:us-east-1:123456789012:backup-vault:locked").locked(true)
                .vaultType("BACKUP_VAULT").encryptionKeyArn("arn:aws:kms:us-east-1:123456789012:key/k").build()).build());
        stub.rest("backup", "GET", "/resources/?", ListProtectedResourcesResponse.builder().results(ProtectedResource.builder()
                .resourceArn("arn:aws:ec2:us-east-1:123456789012:volume/vol-1").build()).build());
        stub.rest("backup", "GET", "/backup-jobs/?", ListBackupJobsResponse.builder().backupJobs(BackupJob.builder().backupJobId("job-1")
                .resourceArn("arn:aws:ec2:us-east-1:123456789012:volume/vol-2").state("FAILED").creationDate(Instant.parse("2026-11-26T00:00:00Z"))
                .build()).build());
        stub.rest("backup", "GET", "/restore-jobs/?", ListRestoreJobsResponse.builder().restoreJobs(RestoreJobsListMember.builder()
                .restoreJobId("r-1").createdResourceArn("arn:aws:ec2:us-east-1:123456789012:volume/vol-9").status("COMPLETED")
                .creationDate(Instant.parse("2026-11-01T00:00:00Z")).build()).build());
        stub.rest("backup", "GET", "/restore-testing/plans/?", ListRestoreTestingPlansResponse.builder().restoreTestingPlans(
                RestoreTestingPlanForList.builder().restoreTestingPlanName("weekly").restoreTestingPlanArn("arn:plan").build()).build());
        var backup = collect(new BackupCollector());
        var plan = value(backup.plans()).get(0);
        assertThat(value(plan.rules())).singleElement().satisfies(r -> {
            assertThat(r.vault()).isEqualTo("locked");
            assertThat(r.copyTo()).containsExactly("arn:aws:backup:us-east-1:777788889999:backup-vault:copies");
        });
        assertThat(value(plan.selections())).singleElement().satisfies(s -> assertThat(s.tagConditions()).containsExactly("Criticality=high"));
        assertThat(value(backup.vaults())).singleElement().satisfies(v -> assertThat(v.locked()).isTrue());
        assertThat(value(backup.protectedResources())).containsExactly("arn:aws:ec2:us-east-1:123456789012:volume/vol-1");
        assertThat(value(backup.failedBackupJobs())).singleElement().satisfies(j -> assertThat(j.state()).isEqualTo("FAILED"));
        assertThat(value(backup.completedRestoreJobs())).hasSize(1);
        assertThat(value(backup.restoreTestingPlans())).containsExactly("weekly");
    }

    private static String ec2(String operation, String body) {
        return "<" + operation + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId>" + body
                + "</" + operation + "Response>";
    }

    @Test
    void ebsDefaultsKeyGranteesAndPublicSnapshots() {
        stub.query("ec2", "GetEbsEncryptionByDefault", ec2("GetEbsEncryptionByDefault", "<ebsEncryptionByDefault>true</ebsEncryptionByDefault>"));
        stub.query("ec2", "GetEbsDefaultKmsKeyId", ec2("GetEbsDefaultKmsKeyId", "<kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/ebs</kmsKeyId>"));
        stub.query("ec2", "GetSnapshotBlockPublicAccessState", ec2("GetSnapshotBlockPublicAccessState", "<state>block-new-sharing</state>"));
        stub.query("ec2", "DescribeSnapshots", ec2("DescribeSnapshots", "<snapshotSet><item><snapshotId>snap-public</snapshotId></item></snapshotSet>"));
        stub.target("kms", "TrentService.DescribeKey", DescribeKeyResponse.builder().keyMetadata(KeyMetadata.builder().keyId("ebs")
                .arn("arn:aws:kms:us-east-1:123456789012:key/ebs").keyManager("CUSTOMER").keyState("Enabled").build()).build());
        stub.target("kms", "TrentService.GetKeyPolicy", GetKeyPolicyResponse.builder().policyName("default").policy("""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
                  {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::777788889999:root"]},"Action":["kms:Decrypt","kms:CreateGrant"],"Resource":"*"},
                  {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::555566667777:root"},"Action":"kms:Encrypt","Resource":"*"}]}""").build());
        var ebs = collect(new EbsSettingsCollector());
        assertThat(value(ebs.encryptionByDefault())).isTrue();
        assertThat(value(ebs.defaultKmsKeyId())).endsWith("key/ebs");
        assertThat(value(ebs.defaultKeyGrantees())).as("only who may decrypt").containsExactly("123456789012", "777788889999");
        assertThat(value(ebs.snapshotBlockPublicAccess())).isEqualTo("block-new-sharing");
        assertThat(value(ebs.publicSnapshots())).containsExactly("snap-public");
    }

    @Test
    void accountContactsAndAMissingOne() {
        stub.rest("account", "POST", "/getAlternateContact", GetAlternateContactResponse.builder().alternateContact(AlternateContact.builder()
                .alternateContactType("SECURITY").name("SOC").emailAddress("soc@example.com").phoneNumber("+1 555 0100").title("SOC").build()).build());
        stub.rest("account", "POST", "/getContactInformation", GetContactInformationResponse.builder().contactInformation(ContactInformation
                .builder().fullName("Example Corp").phoneNumber("+1 555 0199").addressLine1("1 Main St").city("Springfield").countryCode("US")
                .postalCode("12345").build()).build());
        var contacts = collect(new AccountContactsCollector());
        assertThat(value(contacts.security()).email()).isEqualTo("soc@example.com");
        assertThat(value(contacts.primaryComplete())).isTrue();

        stub.restError("account", "POST", "/getAlternateContact", 404, "ResourceNotFoundException", "No contact of the requested type found");
        var missing = collect(new AccountContactsCollector());
        assertThat(missing.security().isCollected()).isTrue();
        assertThat(missing.security().data()).isEmpty();
    }

    @Test
    void guardDutyDetectorsFeaturesAndOrganizationAutoEnable() {
        stub.rest("guardduty", "GET", "/detector", ListDetectorsResponse.builder().detectorIds("d1").build());
        stub.rest("guardduty", "GET", "/detector/d1", GetDetectorResponse.builder().status("ENABLED").serviceRole("arn:role")
                .features(DetectorFeatureConfigurationResult.builder().name("S3_DATA_EVENTS").status("ENABLED").build(),
                        DetectorFeatureConfigurationResult.builder().name("RUNTIME_MONITORING").status("DISABLED").build()).build());
        stub.rest("guardduty", "GET", "/detector/d1/admin", DescribeOrganizationConfigurationResponse.builder()
                .autoEnableOrganizationMembers("ALL").memberAccountLimitReached(false).build());
        var detector = value(collect(new GuardDutyCollector()).detectors()).get(0);
        assertThat(detector.status()).isEqualTo("ENABLED");
        assertThat(value(detector.features())).extracting(f -> f.name() + "=" + f.status())
                .containsExactly("S3_DATA_EVENTS=ENABLED", "RUNTIME_MONITORING=DISABLED");
        assertThat(value(detector.autoEnableMembers())).isEqualTo("ALL");

        stub.restError("guardduty", "GET", "/detector/d1/admin", 400, "BadRequestException", "The request is rejected because the account is not the administrator");
        var member = value(collect(new GuardDutyCollector()).detectors()).get(0);
        assertThat(member.autoEnableMembers().isCollected()).isTrue();
        assertThat(member.autoEnableMembers().data()).isEmpty();
    }
}
