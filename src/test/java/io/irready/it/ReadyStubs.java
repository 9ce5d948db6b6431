package io.irready.it;

import io.irready.aws.AwsStub;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;
import software.amazon.awssdk.services.accessanalyzer.model.ListAnalyzersResponse;
import software.amazon.awssdk.services.account.model.ContactInformation;
import software.amazon.awssdk.services.account.model.GetContactInformationResponse;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;
import software.amazon.awssdk.services.backup.model.Condition;
import software.amazon.awssdk.services.backup.model.GetBackupSelectionResponse;
import software.amazon.awssdk.services.backup.model.ListBackupJobsResponse;
import software.amazon.awssdk.services.backup.model.ListBackupSelectionsResponse;
import software.amazon.awssdk.services.backup.model.ListProtectedResourcesResponse;
import software.amazon.awssdk.services.backup.model.ListRestoreJobsResponse;
import software.amazon.awssdk.services.backup.model.ListRestoreTestingPlansResponse;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RestoreJobsListMember;
import software.amazon.awssdk.services.backup.model.RestoreTestingPlanForList;
import software.amazon.awssdk.services.cloudtrail.model.EventDataStore;
import software.amazon.awssdk.services.cloudtrail.model.ListEventDataStoresResponse;
import software.amazon.awssdk.services.config.model.Compliance;
import software.amazon.awssdk.services.config.model.ComplianceByConfigRule;
import software.amazon.awssdk.services.config.model.DescribeComplianceByConfigRuleResponse;
import software.amazon.awssdk.services.detective.model.ListGraphsResponse;
import software.amazon.awssdk.services.detective.model.ListInvitationsResponse;
import software.amazon.awssdk.services.detective.model.MemberDetail;
import software.amazon.awssdk.services.macie2.model.GetAutomatedDiscoveryConfigurationResponse;
import software.amazon.awssdk.services.macie2.model.GetMacieSessionResponse;
import software.amazon.awssdk.services.rbin.model.ListRulesResponse;
import software.amazon.awssdk.services.rbin.model.RetentionPeriod;
import software.amazon.awssdk.services.rbin.model.RuleSummary;
import software.amazon.awssdk.services.securityhub.model.FindingAggregator;
import software.amazon.awssdk.services.securityhub.model.GetEnabledStandardsResponse;
import software.amazon.awssdk.services.securityhub.model.GetFindingAggregatorResponse;
import software.amazon.awssdk.services.securityhub.model.ListFindingAggregatorsResponse;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.IncidentResponder;
import software.amazon.awssdk.services.securityir.model.ListMembershipItem;
import software.amazon.awssdk.services.securityir.model.ListMembershipsResponse;
import software.amazon.awssdk.services.securitylake.model.ListDataLakesResponse;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationResponse;
import software.amazon.awssdk.services.ssm.model.GetServiceSettingResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.ServiceSetting;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.irready.it.AwsScenario.ACCOUNT;
import static io.irready.it.AwsScenario.REGIONS;

/**
 * The answers of a ready account for the operations moto does not implement (it answers them with HTTP 404
 * or 500), served by a stub in front of moto in their documented shapes. Only operations moto lacks are
 * stubbed; what moto serves always comes from moto.
 */
public final class ReadyStubs {

    /**
     * The operations moto lacks (it answers them with HTTP 404 or 500, or macie2:GetMacieSession with a date the SDK cannot
     * read), as IAM actions; every gap the ready account shows against moto alone is one of them.
     */
    public static final List<String> MOTO_LACKS = List.of("support:DescribeSeverityLevels", "account:GetContactInformation",
            "ec2:GetEbsDefaultKmsKeyId", "ec2:GetSnapshotBlockPublicAccessState", "access-analyzer:ListAnalyzers", "security-ir:ListMemberships",
            "detective:ListGraphs", "detective:ListInvitations", "rbin:ListRules", "rbin:GetRule", "cloudtrail:ListEventDataStores", "securitylake:ListDataLakes",
            "ssm:DescribeInstanceInformation", "ssm:GetServiceSetting", "macie2:GetMacieSession", "backup:ListProtectedResources",
            "backup:ListBackupJobs", "backup:ListRestoreJobs", "backup:ListRestoreTestingPlans", "backup:ListBackupSelections",
            "ssm-contacts:ListContacts", "ssm-incidents:ListResponsePlans", "securityhub:GetEnabledStandards",
            "securityhub:ListFindingAggregators", "config:DescribeComplianceByConfigRule", "guardduty:DescribeOrganizationConfiguration",
            "config:DescribeDeliveryChannelStatus", "config:DescribeConfigurationAggregatorSourcesStatus");

    private ReadyStubs() {
    }

    /**
     * What moto does not report of AWS Config: its last deliveries (DescribeDeliveryChannelStatus), every channel delivered, and
     * its aggregators' sources (DescribeConfigurationAggregatorSourcesStatus), the ready account aggregated.
     */
    public static AwsStub configWorking(AwsStub stub) {
        stub.target("config", "StarlingDoveService.DescribeConfigurationAggregatorSourcesStatus", software.amazon.awssdk.services.config.model
                .DescribeConfigurationAggregatorSourcesStatusResponse.builder().aggregatedSourceStatusList(software.amazon.awssdk.services.config
                        .model.AggregatedSourceStatus.builder().sourceId(ACCOUNT).sourceType("ACCOUNT").awsRegion("us-east-1")
                        .lastUpdateStatus("SUCCEEDED").lastUpdateTime(Instant.now()).build()).build());
        var delivered = software.amazon.awssdk.services.config.model.ConfigExportDeliveryInfo.builder().lastStatus("SUCCESS")
                .lastAttemptTime(Instant.now()).lastSuccessfulTime(Instant.now()).build();
        return stub.target("config", "StarlingDoveService.DescribeDeliveryChannelStatus", software.amazon.awssdk.services.config.model
                .DescribeDeliveryChannelStatusResponse.builder().deliveryChannelsStatus(software.amazon.awssdk.services.config.model
                        .DeliveryChannelStatus.builder().name("default").configHistoryDeliveryInfo(delivered).configSnapshotDeliveryInfo(delivered)
                        .build()).build());
    }

    public static void serve(AwsStub stub, ReadyServices ready) {
        Instant now = Instant.now();
        configWorking(stub);
        // AWS's summary counts the root password too (moto's lacks AccountPasswordPresent); no API gives the root user MFA.
        stub.query("iam", "GetAccountSummary", "<GetAccountSummaryResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetAccountSummaryResult>"
                + "<SummaryMap><entry><key>AccountMFAEnabled</key><value>0</value></entry><entry><key>AccountAccessKeysPresent</key><value>0</value>"
                + "</entry><entry><key>AccountPasswordPresent</key><value>1</value></entry><entry><key>AccountSigningCertificatesPresent</key>"
                + "<value>0</value></entry><entry><key>Users</key><value>1</value></entry></SummaryMap></GetAccountSummaryResult>"
                + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetAccountSummaryResponse>");
        stub.target("support", "AWSSupport_20130415.DescribeSeverityLevels", DescribeSeverityLevelsResponse.builder().severityLevels(
                SeverityLevel.builder().code("low").name("Low").build(), SeverityLevel.builder().code("urgent").name("Urgent").build()).build());
        stub.rest("account", "POST", "/getContactInformation", GetContactInformationResponse.builder().contactInformation(ContactInformation
                .builder().fullName("Example Corp").phoneNumber("+1-555-0199").addressLine1("1 Main St").city("Springfield").countryCode("US")
                .postalCode("12345").build()).build());
        stub.rest("access-analyzer", "GET", "/analyzer", ListAnalyzersResponse.builder().analyzers(AnalyzerSummary.builder()
                .arn("arn:aws:access-analyzer:us-east-1:" + ACCOUNT + ":analyzer/account").name("account").type("ACCOUNT").status("ACTIVE")
                .createdAt(now.minus(30, ChronoUnit.DAYS)).build()).build());
        stub.rest("security-ir", "POST", "/v1/memberships", ListMembershipsResponse.builder().items(ListMembershipItem.builder()
                .membershipId("m-readyready").accountId(ACCOUNT).region("us-east-1").membershipStatus("Active").build()).build());
        stub.rest("security-ir", "GET", "/v1/membership/m-readyready", GetMembershipResponse.builder().membershipId("m-readyready")
                .membershipStatus("Active").incidentResponseTeam(IncidentResponder.builder().name("Alice").jobTitle("SOC").email("alice@example.com").build(),
                        IncidentResponder.builder().name("Bob").jobTitle("SOC").email("bob@example.com").build()).build());
        stub.rest("detective", "POST", "/graphs/list", ListGraphsResponse.builder().build());
        stub.rest("detective", "POST", "/invitations/list", ListInvitationsResponse.builder().invitations(MemberDetail.builder()
                .graphArn("arn:aws:detective:us-east-1:111122223333:graph:g1").status("ENABLED").accountId(ACCOUNT).build()).build());
        stub.rest("rbin", "POST", "/list-rules", ListRulesResponse.builder().rules(RuleSummary.builder().identifier("keep-snapshots")
                .retentionPeriod(RetentionPeriod.builder().retentionPeriodValue(7).retentionPeriodUnit("DAYS").build()).lockState("locked").build()).build());
        stub.rest("rbin", "GET", "/rules/keep-snapshots", software.amazon.awssdk.services.rbin.model.GetRuleResponse.builder()
                .identifier("keep-snapshots").status("available").lockState("locked").build());
        String events = "arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":eventdatastore/org-events";
        stub.target("cloudtrail", "CloudTrail_20131101.ListEventDataStores", ListEventDataStoresResponse.builder().eventDataStores(EventDataStore
                .builder().eventDataStoreArn(events).build()).build());
        stub.target("cloudtrail", "CloudTrail_20131101.GetEventDataStore", software.amazon.awssdk.services.cloudtrail.model.GetEventDataStoreResponse
                .builder().eventDataStoreArn(events).status("ENABLED").build());
        stub.rest("securitylake", "GET", "/v1/datalakes", ListDataLakesResponse.builder().build());
        stub.target("ssm", "AmazonSSM.GetServiceSetting", GetServiceSettingResponse.builder().serviceSetting(ServiceSetting.builder()
                .settingId("/ssm/documents/console/public-sharing-permission").settingValue("Disable").build()).build());
        stub.rest("macie2", "GET", "/macie", GetMacieSessionResponse.builder().status("ENABLED").createdAt(now.minus(30, ChronoUnit.DAYS)).build());
        stub.rest("macie2", "GET", "/automated-discovery/configuration", GetAutomatedDiscoveryConfigurationResponse.builder().status("ENABLED").build());
        // A standalone account: no Macie administrator lists it.
        stub.rest("macie2", "GET", "/automated-discovery/accounts", software.amazon.awssdk.services.macie2.model
                .ListAutomatedDiscoveryAccountsResponse.builder().build());
        stub.rest("backup", "GET", "/backup-jobs/?", ListBackupJobsResponse.builder().build());
        stub.rest("backup", "GET", "/backup/plans/[^/]+/selections/?", ListBackupSelectionsResponse.builder().backupSelectionsList(
                BackupSelectionsListMember.builder().selectionId("critical").selectionName("critical").build()).build());
        stub.rest("backup", "GET", "/backup/plans/[^/]+/selections/critical/?", GetBackupSelectionResponse.builder().backupSelection(BackupSelection
                .builder().selectionName("critical").iamRoleArn("arn:aws:iam::" + ACCOUNT + ":role/backup").listOfTags(Condition.builder()
                        .conditionType("STRINGEQUALS").conditionKey("Criticality").conditionValue("high").build()).build()).build());
        stub.rest("backup", "GET", "/restore-testing/plans/?", ListRestoreTestingPlansResponse.builder().restoreTestingPlans(
                RestoreTestingPlanForList.builder().restoreTestingPlanName("weekly").restoreTestingPlanArn("arn:weekly").build()).build());
        stub.target("ssm-contacts", "SSMContacts.ListContacts", ListContactsResponse.builder().contacts(
                Contact.builder().contactArn("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact/soc-rota").alias("soc-rota").type("ONCALL_SCHEDULE")
                        .build(),
                Contact.builder().contactArn("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact/alice").alias("alice").type("PERSONAL").build())
                .build());
        stub.target("ssm-contacts", "SSMContacts.ListContactChannels", ListContactChannelsResponse.builder().contactChannels(
                ContactChannel.builder().contactChannelArn("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact-channel/alice/sms")
                        .contactArn("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact/alice").name("sms").type("SMS").activationStatus("ACTIVATED").build(),
                ContactChannel.builder().contactChannelArn("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact-channel/alice/voice")
                        .contactArn("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact/alice").name("voice").type("VOICE").activationStatus("ACTIVATED").build())
                .build());
        stub.rest("ssm-incidents", "POST", "/listResponsePlans", ListResponsePlansResponse.builder().responsePlanSummaries(ResponsePlanSummary
                .builder().arn("arn:aws:ssm-incidents::" + ACCOUNT + ":response-plan/security").name("security").build()).build());
        stub.rest("ssm-incidents", "GET", "/getResponsePlan", GetResponsePlanResponse.builder().arn("arn:aws:ssm-incidents::" + ACCOUNT
                + ":response-plan/security").name("security").incidentTemplate(IncidentTemplate.builder().title("Security").impact(1).build())
                .engagements("arn:aws:ssm-contacts:us-east-1:" + ACCOUNT + ":contact/soc-rota").build());
        stub.target("config", "StarlingDoveService.DescribeComplianceByConfigRule", DescribeComplianceByConfigRuleResponse.builder()
                .complianceByConfigRules(ComplianceByConfigRule.builder().configRuleName("required-tags")
                        .compliance(Compliance.builder().complianceType("COMPLIANT").build()).build()).build());
        stub.rest("securityhub", "GET", "/findingAggregator/list", ListFindingAggregatorsResponse.builder().findingAggregators(FindingAggregator
                .builder().findingAggregatorArn("arn:aws:securityhub:us-east-1:" + ACCOUNT + ":finding-aggregator/all").build()).build());
        stub.rest("securityhub", "GET", "/findingAggregator/get/.*", GetFindingAggregatorResponse.builder()
                .findingAggregatorArn("arn:aws:securityhub:us-east-1:" + ACCOUNT + ":finding-aggregator/all").findingAggregationRegion("us-east-1")
                .regionLinkingMode("ALL_REGIONS").build());
        stub.restError("guardduty", "GET", "/detector/[^/]+/admin", 400, "BadRequestException",
                "The request is rejected because the current account is not the delegated administrator");
        for (String region : REGIONS) {
            boolean first = region.equals(REGIONS.get(0));
            stub.query(region + "/ec2", "GetEbsDefaultKmsKeyId", ec2("GetEbsDefaultKmsKeyId", "<kmsKeyId>" + ready.ebsKeys.get(region) + "</kmsKeyId>"));
            stub.query(region + "/ec2", "GetSnapshotBlockPublicAccessState", ec2("GetSnapshotBlockPublicAccessState", "<state>block-all-sharing</state>"));
            stub.target(region + "/ssm", "AmazonSSM.DescribeInstanceInformation", DescribeInstanceInformationResponse.builder()
                    .instanceInformationList(first ? ready.instances.stream().map(id -> InstanceInformation.builder().instanceId(id).pingStatus("Online")
                            .build()).toList() : List.of()).build());
            stub.rest(region + "/backup", "GET", "/resources/?", ListProtectedResourcesResponse.builder().results(first
                    ? ready.criticalResources.stream().map(arn -> ProtectedResource.builder().resourceArn(arn).lastBackupTime(now.minus(1, ChronoUnit.DAYS))
                    .build()).toList() : List.of()).build());
            stub.rest(region + "/backup", "GET", "/restore-jobs/?", ListRestoreJobsResponse.builder().restoreJobs(first
                    ? List.of(RestoreJobsListMember.builder().restoreJobId("restore-1").status("COMPLETED").createdResourceArn("arn:restored")
                    .creationDate(now.minus(20, ChronoUnit.DAYS)).build()) : List.of()).build());
            stub.rest(region + "/securityhub", "POST", "/standards/get", GetEnabledStandardsResponse.builder().standardsSubscriptions(
                    StandardsSubscription.builder().standardsArn("arn:aws:securityhub:" + region + "::standards/aws-foundational-security-best-practices/v/1.0.0")
                            .standardsSubscriptionArn("arn:sub-fsbp").standardsStatus("READY").build(),
                    StandardsSubscription.builder().standardsArn("arn:aws:securityhub:" + region + "::standards/cis-aws-foundations-benchmark/v/5.0.0")
                            .standardsSubscriptionArn("arn:sub-cis").standardsStatus("READY").build()).build());
        }
    }

    /**
     * The organization's log query stores moto lacks: an organization event data store of CloudTrail Lake, and a Security Lake
     * data lake in {@code securityLakeAdmin} collecting from it (moto refuses Security Lake as a delegated service, so the
     * delegated administrators' services are answered here: GuardDuty and Security Lake).
     */
    public static void serveOrganizationStores(AwsStub stub, String securityLakeAdmin) {
        stub.target("organizations", "AWSOrganizationsV20161128.ListDelegatedServicesForAccount", software.amazon.awssdk.services.organizations
                .model.ListDelegatedServicesForAccountResponse.builder().delegatedServices(
                        software.amazon.awssdk.services.organizations.model.DelegatedService.builder().servicePrincipal("guardduty.amazonaws.com").build(),
                        software.amazon.awssdk.services.organizations.model.DelegatedService.builder().servicePrincipal("securitylake.amazonaws.com")
                                .build()).build());
        String store = "arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":eventdatastore/organization-events";
        stub.target("cloudtrail", "CloudTrail_20131101.ListEventDataStores", ListEventDataStoresResponse.builder().eventDataStores(EventDataStore
                .builder().eventDataStoreArn(store).build()).build());
        stub.target("cloudtrail", "CloudTrail_20131101.GetEventDataStore", software.amazon.awssdk.services.cloudtrail.model.GetEventDataStoreResponse
                .builder().eventDataStoreArn(store).status("ENABLED").organizationEnabled(true).multiRegionEnabled(true).build());
        stub.rest("securitylake", "GET", "/v1/datalakes", ListDataLakesResponse.builder().dataLakes(software.amazon.awssdk.services.securitylake.model
                .DataLakeResource.builder().dataLakeArn("arn:aws:securitylake:us-east-1:" + securityLakeAdmin + ":data-lake/default")
                .region("us-east-1").createStatus("COMPLETED").build()).build());
        stub.rest("securitylake", "POST", "/v1/datalake/logsources/list", software.amazon.awssdk.services.securitylake.model.ListLogSourcesResponse
                .builder().sources(software.amazon.awssdk.services.securitylake.model.LogSource.builder().account(ACCOUNT).region("us-east-1")
                        .sources(software.amazon.awssdk.services.securitylake.model.LogSourceResource.builder().awsLogSource(s -> s
                                .sourceName("CLOUD_TRAIL_MGMT").sourceVersion("2.0")).build()).build()).build());
    }

    private static String ec2(String operation, String body) {
        return "<" + operation + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId>" + body
                + "</" + operation + "Response>";
    }
}
