package io.irready.services.backup;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.backup.BackupEvidence.Job;
import io.irready.services.backup.BackupEvidence.Plan;
import io.irready.services.backup.BackupEvidence.Rule;
import io.irready.services.backup.BackupEvidence.Selection;
import io.irready.services.backup.BackupEvidence.Vault;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupJobState;
import software.amazon.awssdk.services.backup.model.RestoreJobStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** AWS Backup of one Region. Jobs are read back 30 days (failures) and 180 days (restores), enough for the checks' windows. */
public final class BackupCollector implements Collector<BackupEvidence> {

    @Override
    public EvidenceType<BackupEvidence> type() {
        return BackupEvidence.TYPE;
    }

    @Override
    public BackupEvidence collect(AwsClients aws, CollectionContext context, String region) {
        BackupClient backup = aws.client(BackupClient::builder, region);
        Instant now = Instant.now();
        return new BackupEvidence(
                AwsCalls.call("backup:ListBackupPlans", () -> backup.listBackupPlansPaginator(r -> { }).backupPlansList().stream().toList())
                        .map(plans -> plans.stream().map(p -> new Plan(p.backupPlanId(), p.backupPlanName(),
                                AwsCalls.call("backup:GetBackupPlan", () -> backup.getBackupPlan(r -> r.backupPlanId(p.backupPlanId())).backupPlan()
                                        .rules().stream().map(rule -> new Rule(rule.ruleName(), rule.targetBackupVaultName(),
                                                rule.copyActions().stream().map(c -> c.destinationBackupVaultArn()).toList())).toList()),
                                AwsCalls.call("backup:ListBackupSelections", () -> backup.listBackupSelectionsPaginator(r -> r.backupPlanId(p.backupPlanId()))
                                        .backupSelectionsList().stream().toList())
                                        .map(selections -> selections.stream().map(s -> {
                                            // Each selection on its own: one that cannot be read does not hide the others.
                                            var selection = AwsCalls.call("backup:GetBackupSelection", () -> backup.getBackupSelection(r -> r
                                                    .backupPlanId(p.backupPlanId()).selectionId(s.selectionId())).backupSelection());
                                            return selection.data().map(sel -> new Selection(sel.selectionName(), sel.resources(), sel.listOfTags()
                                                    .stream().map(t -> t.conditionKey() + "=" + t.conditionValue()).toList()))
                                                    .orElseGet(() -> new Selection(s.selectionName(), List.of(), List.of(), selection.gap()));
                                        }).toList()))).toList()),
                AwsCalls.call("backup:ListBackupVaults", () -> backup.listBackupVaultsPaginator(r -> { }).backupVaultList().stream()
                        .map(v -> new Vault(v.backupVaultName(), v.backupVaultArn(), Boolean.TRUE.equals(v.locked()), v.vaultTypeAsString())).toList()),
                AwsCalls.call("backup:ListProtectedResources", () -> backup.listProtectedResourcesPaginator(r -> { }).results().stream()
                        .map(r -> r.resourceArn()).toList()),
                AwsCalls.call("backup:ListBackupJobs", () -> backup.listBackupJobsPaginator(r -> r.byState(BackupJobState.FAILED)
                        .byCreatedAfter(now.minus(30, ChronoUnit.DAYS))).backupJobs().stream()
                        .map(j -> new Job(j.backupJobId(), j.resourceArn(), j.stateAsString(), j.creationDate())).toList()),
                AwsCalls.call("backup:ListRestoreJobs", () -> backup.listRestoreJobsPaginator(r -> r.byStatus(RestoreJobStatus.COMPLETED)
                        .byCreatedAfter(now.minus(180, ChronoUnit.DAYS))).restoreJobs().stream()
                        .map(j -> new Job(j.restoreJobId(), j.createdResourceArn(), j.statusAsString(), j.creationDate())).toList()),
                AwsCalls.call("backup:ListRestoreTestingPlans", () -> backup.listRestoreTestingPlansPaginator(r -> { }).restoreTestingPlans()
                        .stream().map(p -> p.restoreTestingPlanName()).toList()));
    }
}
