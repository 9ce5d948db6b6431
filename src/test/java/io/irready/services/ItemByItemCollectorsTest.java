package io.irready.services;

import io.irready.aws.AwsStub;
import io.irready.collect.Collector;
import io.irready.services.backup.BackupCollector;
import io.irready.services.backup.BackupEvidence;
import io.irready.services.kms.KmsKeys;
import io.irready.services.kms.KmsKeysCollector;
import io.irready.services.securityir.SecurityIncidentResponse;
import io.irready.services.securityir.SecurityIncidentResponseCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;
import software.amazon.awssdk.services.backup.model.GetBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.GetBackupSelectionResponse;
import software.amazon.awssdk.services.backup.model.ListBackupPlansResponse;
import software.amazon.awssdk.services.backup.model.ListBackupSelectionsResponse;
import software.amazon.awssdk.services.kms.model.DescribeKeyResponse;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusResponse;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.ListKeysResponse;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.IncidentResponder;
import software.amazon.awssdk.services.securityir.model.ListMembershipItem;
import software.amazon.awssdk.services.securityir.model.ListMembershipsResponse;

import java.util.List;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list whose items are each read on their own: one item AWS refuses stays in the list as unread, and the others are
 * read as usual, never "the Region's keys denied".
 */
class ItemByItemCollectorsTest {

    private static final String REGION = "us-east-1";
    private static final String DENIED = "{\"__type\":\"AccessDeniedException\",\"message\":\"User is not authorized to perform this action\"}";
    private final StubbedAccount account = new StubbedAccount(); // JUnit makes one instance per test
    private final AwsStub stub = account.stub;

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void aKeyThatCannotBeDescribedIsUnreadAndTheOthersAreJudged() {
        stub.target("kms", "TrentService.ListKeys", ListKeysResponse.builder().keys(KeyListEntry.builder().keyId("k-ok")
                .keyArn("arn:aws:kms:us-east-1:123456789012:key/k-ok").build(), KeyListEntry.builder().keyId("k-denied")
                .keyArn("arn:aws:kms:us-east-1:123456789012:key/k-denied").build()).build());
        stub.target("kms", "TrentService.DescribeKey", DescribeKeyResponse.builder().keyMetadata(KeyMetadata.builder().keyId("k-ok")
                .arn("arn:aws:kms:us-east-1:123456789012:key/k-ok").keyManager("CUSTOMER").keyState("Enabled").keySpec("SYMMETRIC_DEFAULT")
                .origin("AWS_KMS").build()).build());
        stub.server().stubFor(post(anyUrl()).atPriority(0).withRequestBody(containing("k-denied"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(DENIED)));
        stub.target("kms", "TrentService.GetKeyRotationStatus", GetKeyRotationStatusResponse.builder().keyRotationEnabled(true).build());

        var keys = collect(new KmsKeysCollector()).keys().data().orElseThrow();

        assertThat(keys).extracting(KmsKeys.Key::id).containsExactly("k-ok", "k-denied");
        assertThat(keys.get(0).unread()).isNull();
        assertThat(keys.get(0).rotation().data()).contains(true);
        assertThat(keys.get(1).unread()).contains("access denied to kms:DescribeKey");
        assertThat(keys.get(1).arn()).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/k-denied");
    }

    @Test
    void aMembershipThatCannotBeReadIsUnreadAndTheOthersAreJudged() {
        stub.rest("security-ir", "POST", "/v1/memberships", ListMembershipsResponse.builder().items(
                ListMembershipItem.builder().membershipId("m-denied1234").build(), ListMembershipItem.builder().membershipId("m-readable12").build())
                .build());
        stub.restError("security-ir", "GET", "/v1/membership/m-denied1234", 403, "AccessDeniedException", "not authorized");
        stub.rest("security-ir", "GET", "/v1/membership/m-readable12", GetMembershipResponse.builder().membershipId("m-readable12")
                .membershipStatus("Active").incidentResponseTeam(IncidentResponder.builder().name("A").jobTitle("SOC").email("a@example.com").build(),
                        IncidentResponder.builder().name("B").jobTitle("SOC").email("b@example.com").build()).build());

        var memberships = collect(new SecurityIncidentResponseCollector()).memberships().data().orElseThrow();

        assertThat(memberships).extracting(SecurityIncidentResponse.Membership::id).containsExactly("m-denied1234", "m-readable12");
        assertThat(memberships.get(0).unread()).contains("security-ir:GetMembership");
        assertThat(memberships.get(1).status()).isEqualTo("Active");
        assertThat(memberships.get(1).teamSize()).isEqualTo(2);
    }

    @Test
    void aBackupSelectionThatCannotBeReadIsUnreadAndTheOthersAreRead() {
        stub.rest("backup", "GET", "/backup/plans/?", ListBackupPlansResponse.builder().backupPlansList(BackupPlansListMember.builder()
                .backupPlanId("plan-1").backupPlanName("daily").build()).build());
        stub.rest("backup", "GET", "/backup/plans/plan-1/?", GetBackupPlanResponse.builder().backupPlanId("plan-1")
                .backupPlan(software.amazon.awssdk.services.backup.model.BackupPlan.builder().backupPlanName("daily").rules(List.of()).build()).build());
        stub.rest("backup", "GET", "/backup/plans/plan-1/selections/?", ListBackupSelectionsResponse.builder().backupSelectionsList(
                BackupSelectionsListMember.builder().selectionId("sel-denied").selectionName("secret").build(),
                BackupSelectionsListMember.builder().selectionId("sel-1").selectionName("critical").build()).build());
        stub.restError("backup", "GET", "/backup/plans/plan-1/selections/sel-denied/?", 403, "AccessDeniedException", "not authorized");
        stub.rest("backup", "GET", "/backup/plans/plan-1/selections/sel-1/?", GetBackupSelectionResponse.builder().backupSelection(BackupSelection
                .builder().selectionName("critical").resources("arn:aws:ec2:us-east-1:123456789012:volume/vol-1").build()).build());

        var plans = collect(new BackupCollector()).plans().data().orElseThrow();

        var selections = plans.get(0).selections().data().orElseThrow();
        assertThat(selections).extracting(BackupEvidence.Selection::name).containsExactly("secret", "critical");
        assertThat(selections.get(0).unread()).contains("backup:GetBackupSelection");
        assertThat(selections.get(1).resources()).containsExactly("arn:aws:ec2:us-east-1:123456789012:volume/vol-1");
    }

    private <T> T collect(Collector<T> collector) {
        return account.collect(collector);
    }
}
