package io.irready.checks.recovery;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.TestSettings;
import io.irready.evidence.Evidence;
import io.irready.services.backup.BackupEvidence;
import io.irready.services.backup.BackupEvidence.Job;
import io.irready.services.backup.BackupEvidence.Plan;
import io.irready.services.backup.BackupEvidence.Rule;
import io.irready.services.backup.BackupEvidence.Vault;
import io.irready.services.dynamodb.DynamoDbTables;
import io.irready.services.ec2.EbsSettings;
import io.irready.services.kms.KmsKeys;
import io.irready.services.kms.KmsKeys.Key;
import io.irready.services.rbin.RecycleBinRules;
import io.irready.services.rds.RdsInstances;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.CRITICAL_VOLUME;
import static io.irready.checks.EvidenceFixtures.EBS_KEY_ARN;
import static io.irready.checks.EvidenceFixtures.FORENSICS_ACCOUNT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-REC-01 to IR-REC-06. */
class RecoveryChecksTest {

    private static final String BACKUP = "data/123456789012/us-east-1/backup.plans.json";
    private static final String EBS = "data/123456789012/us-east-1/ec2.ebs.json";
    private static final String KMS = "data/123456789012/us-east-1/kms.keys.json";

    private static BackupEvidence backup(Evidence<List<Plan>> plans, Evidence<List<Vault>> vaults, Evidence<List<String>> protectedResources,
                                         Evidence<List<Job>> failed, Evidence<List<Job>> restores, Evidence<List<String>> testing) {
        return new BackupEvidence(plans, vaults, protectedResources, failed, restores, testing);
    }

    private static BackupEvidence current() {
        return compliant().get(BackupEvidence.TYPE, "us-east-1");
    }

    @Test
    void aCriticalResourceWithARecoveryPointPasses() {
        onlyFor(new BackupCoverageCheck().evaluate(compliant().build(), CONTEXT), CRITICAL_VOLUME, Status.PASS, BACKUP);
    }

    @Test
    void aCriticalResourceWithoutARecoveryPointFailsEvenIfAPlanSelectsItsTag() {
        var b = current();
        var fixtures = compliant().with(BackupEvidence.TYPE, "us-east-1", backup(b.plans(), b.vaults(), Evidence.collected(List.of()),
                b.failedBackupJobs(), b.completedRestoreJobs(), b.restoreTestingPlans()));
        onlyFor(new BackupCoverageCheck().evaluate(fixtures.build(), CONTEXT), CRITICAL_VOLUME, Status.FAIL, BACKUP);
        var unread = compliant().with(BackupEvidence.TYPE, "us-east-1", backup(b.plans(), b.vaults(), denied("backup:ListProtectedResources"),
                b.failedBackupJobs(), b.completedRestoreJobs(), b.restoreTestingPlans()));
        onlyFor(new BackupCoverageCheck().evaluate(unread.build(), CONTEXT), CRITICAL_VOLUME, Status.UNKNOWN, BACKUP);
    }

    @Test
    void noCriticalResourceIsNothingToJudgeButUnlistedResourcesAreUnknown() {
        var uncritical = compliant().with(TaggingEvidence.TYPE, "us-east-1", new TaggingEvidence(Evidence.collected(List.of(
                new TaggedResource(CRITICAL_VOLUME, Map.of("Criticality", "low"), true),
                new TaggedResource("arn:aws:sns:us-east-1:123456789012:t", Map.of("Criticality", "high"), true)))));
        only(new BackupCoverageCheck().evaluate(uncritical.build(), CONTEXT), Status.NOT_APPLICABLE,
                "data/123456789012/us-east-1/tagging.resources.json");
        var unread = compliant().withEvidence(TaggingEvidence.TYPE, "us-east-1", denied("tag:GetResources"));
        only(new BackupCoverageCheck().evaluate(unread.build(), CONTEXT), Status.UNKNOWN, "data/123456789012/us-east-1/tagging.resources.json");
        var criticalByValueCase = compliant().with(TaggingEvidence.TYPE, "us-east-1", new TaggingEvidence(Evidence.collected(List.of(
                new TaggedResource("arn:aws:dynamodb:us-east-1:123456789012:table/orders", Map.of("Criticality", " HIGH "), true)))));
        only(new BackupCoverageCheck().evaluate(criticalByValueCase.build(), CONTEXT), Status.FAIL, BACKUP);
    }

    @Test
    void backupsInALockedVaultOrCopiedToAnotherAccountPass() {
        var check = new BackupTamperResistanceCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, BACKUP);
        var copied = compliant().with(BackupEvidence.TYPE, "us-east-1", withPlans(List.of(new Rule("daily", "plain",
                List.of("arn:aws:backup:us-east-1:" + FORENSICS_ACCOUNT + ":backup-vault:copies"))), plainVault()));
        only(check.evaluate(copied.build(), CONTEXT), Status.PASS, BACKUP);
    }

    @Test
    void backupsOnlyInAnUnlockedVaultOfTheAccountFail() {
        var check = new BackupTamperResistanceCheck();
        var local = compliant().with(BackupEvidence.TYPE, "us-east-1", withPlans(List.of(new Rule("daily", "plain",
                List.of("arn:aws:backup:eu-west-1:123456789012:backup-vault:same-account"))), plainVault()));
        assertThat(only(check.evaluate(local.build(), CONTEXT), Status.FAIL, BACKUP).message()).contains("not locked");
        var missingVault = compliant().with(BackupEvidence.TYPE, "us-east-1", withPlans(List.of(new Rule("daily", "gone", List.of())), plainVault()));
        assertThat(only(check.evaluate(missingVault.build(), CONTEXT), Status.FAIL, BACKUP).message()).contains("does not exist");
        var b = current();
        var vaultsUnread = compliant().with(BackupEvidence.TYPE, "us-east-1", backup(b.plans(), denied("backup:ListBackupVaults"),
                b.protectedResources(), b.failedBackupJobs(), b.completedRestoreJobs(), b.restoreTestingPlans()));
        only(check.evaluate(vaultsUnread.build(), CONTEXT), Status.UNKNOWN, BACKUP);
        var noPlans = compliant().with(BackupEvidence.TYPE, "us-east-1", withPlans(null, plainVault()));
        only(check.evaluate(noPlans.build(), CONTEXT), Status.NOT_APPLICABLE, BACKUP);
    }

    private static BackupEvidence withPlans(List<Rule> rules, Vault vault) {
        var b = current();
        Evidence<List<Plan>> plans = Evidence.collected(rules == null ? List.of()
                : List.of(new Plan("p", "daily", Evidence.collected(rules), Evidence.collected(List.of()))));
        return backup(plans, Evidence.collected(List.of(vault)), b.protectedResources(), b.failedBackupJobs(), b.completedRestoreJobs(),
                b.restoreTestingPlans());
    }

    private static Vault plainVault() {
        return new Vault("plain", "arn:aws:backup:us-east-1:123456789012:backup-vault:plain", false, "BACKUP_VAULT");
    }

    @Test
    void healthyBackupsPassRecentFailuresAndUntestedRestoresFail() {
        var check = new BackupHealthCheck();
        assertThat(check.evaluate(compliant().build(), CONTEXT)).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
        var b = current();
        var broken = compliant().with(BackupEvidence.TYPE, "us-east-1", backup(b.plans(), b.vaults(), b.protectedResources(),
                Evidence.collected(List.of(new Job("j1", CRITICAL_VOLUME, "FAILED", Instant.parse("2026-11-25T00:00:00Z")),
                        new Job("j0", CRITICAL_VOLUME, "FAILED", Instant.parse("2026-10-01T00:00:00Z")))),
                Evidence.collected(List.of(new Job("r", CRITICAL_VOLUME, "COMPLETED", Instant.parse("2026-06-01T00:00:00Z")))),
                Evidence.collected(List.of())));
        List<Finding> findings = check.evaluate(broken.build(), CONTEXT);
        assertThat(onlyFor(findings, "backup jobs in us-east-1", Status.FAIL, BACKUP).message()).startsWith("1 backup job failed");
        onlyFor(findings, "restore testing in us-east-1", Status.FAIL, BACKUP);
    }

    @Test
    void databasesNeedRetentionAndTablesPointInTimeRecovery() {
        var fixtures = compliant()
                .with(RdsInstances.TYPE, "us-east-1", new RdsInstances(Evidence.collected(List.of(new RdsInstances.Instance("db",
                        "arn:aws:rds:us-east-1:123456789012:db:db", "mysql", List.of(), 1, true, null)))))
                .with(DynamoDbTables.TYPE, "us-east-1", new DynamoDbTables(Evidence.collected(List.of(
                        new DynamoDbTables.Table("off", Evidence.collected(false)), new DynamoDbTables.Table("unread", denied("dynamodb:DescribeContinuousBackups"))))));
        List<Finding> findings = new BackupHealthCheck().evaluate(fixtures.build(), CONTEXT);
        onlyFor(findings, "arn:aws:rds:us-east-1:123456789012:db:db", Status.FAIL, "data/123456789012/us-east-1/rds.instances.json");
        onlyFor(findings, "table/off", Status.FAIL, "data/123456789012/us-east-1/dynamodb.tables.json");
        onlyFor(findings, "table/unread", Status.UNKNOWN, "data/123456789012/us-east-1/dynamodb.tables.json");
    }

    @Test
    void withoutPlansThereAreNoJobsToJudgeAndUnreadBackupIsUnknown() {
        var b = current();
        var noPlans = compliant().with(BackupEvidence.TYPE, "us-east-1", backup(Evidence.collected(List.of()), b.vaults(), b.protectedResources(),
                Evidence.collected(List.of()), Evidence.collected(List.of()), Evidence.collected(List.of())));
        List<Finding> findings = new BackupHealthCheck().evaluate(noPlans.build(), CONTEXT);
        onlyFor(findings, "backup jobs in us-east-1", Status.NOT_APPLICABLE, BACKUP);
        onlyFor(findings, "restore testing in us-east-1", Status.NOT_APPLICABLE, BACKUP);
        var denied = compliant().withEvidence(BackupEvidence.TYPE, "us-east-1", denied("backup:ListBackupPlans"));
        onlyFor(new BackupHealthCheck().evaluate(denied.build(), CONTEXT), "backup jobs in us-east-1", Status.UNKNOWN, BACKUP);
    }

    @Test
    void theDefaultEbsKeyMustLetTheForensicsAccountDecrypt() {
        var check = new ForensicSnapshotSharingCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, EBS);
        assertThat(only(check.evaluate(ebs(true, "alias/aws/ebs", List.of()), CONTEXT), Status.FAIL, EBS).message()).contains("aws/ebs");
        assertThat(only(check.evaluate(ebs(false, EBS_KEY_ARN, List.of(FORENSICS_ACCOUNT)), CONTEXT), Status.FAIL, EBS).message())
                .contains("encryption by default is off");
        assertThat(only(check.evaluate(ebs(true, EBS_KEY_ARN, List.of("123456789012")), CONTEXT), Status.FAIL, EBS).message())
                .contains("does not let the forensics account 777788889999");
        assertThat(only(check.evaluate(ebs(true, EBS_KEY_ARN, List.of("*")), CONTEXT), Status.UNKNOWN, EBS).message()).contains("'*'");
    }

    @Test
    void anUnknownForensicsAccountOrUnreadableKeyIsUnknown() {
        var check = new ForensicSnapshotSharingCheck();
        var alone = compliant().inOrganization((Evidence<io.irready.services.organizations.OrganizationEvidence>) null);
        assertThat(only(check.evaluate(alone.build(), CONTEXT), Status.UNKNOWN, EBS).message()).contains("forensics.id");
        var byId = TestSettings.bound("irready.checks.organization-accounts.forensics.id: \"777788889999\"").context(CONTEXT.evaluatedAt());
        only(check.evaluate(alone.build(), byId), Status.PASS, EBS);
        var unread = compliant().with(EbsSettings.TYPE, "us-east-1", new EbsSettings(Evidence.collected(true), Evidence.collected(EBS_KEY_ARN),
                denied("kms:GetKeyPolicy"), Evidence.collected("block-all-sharing"), Evidence.collected(List.of())));
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, EBS);
    }

    private static io.irready.evidence.AccountEvidence ebs(boolean byDefault, String key, List<String> grantees) {
        return compliant().with(EbsSettings.TYPE, "us-east-1", new EbsSettings(Evidence.collected(byDefault), Evidence.collected(key),
                Evidence.collected(grantees), Evidence.collected("block-all-sharing"), Evidence.collected(List.of()))).build();
    }

    @Test
    void snapshotsAreProtectedOnlyWithBlockingNoPublicSnapshotAndARecycleBinRule() {
        var check = new SnapshotProtectionCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, EBS);
        var open = compliant().with(EbsSettings.TYPE, "us-east-1", new EbsSettings(Evidence.collected(true), Evidence.collected(EBS_KEY_ARN),
                Evidence.collected(List.of(FORENSICS_ACCOUNT)), Evidence.collected("unblocked"), Evidence.collected(List.of("snap-1"))))
                .with(RecycleBinRules.TYPE, "us-east-1", new RecycleBinRules(Evidence.collected(List.of())));
        assertThat(only(check.evaluate(open.build(), CONTEXT), Status.FAIL, EBS).message())
                .contains("unblocked", "1 snapshot is public: snap-1", "no available Recycle Bin rule");
        var unread = compliant().withEvidence(RecycleBinRules.TYPE, "us-east-1", new Evidence.Unsupported<>("rbin:ListRules", "HTTP 500"));
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, EBS);
    }

    @Test
    void onlyAnAvailableRegionLevelRecycleBinRuleKeepsEverySnapshot() {
        var check = new SnapshotProtectionCheck();
        // A careless (or deliberate) rule: it keeps only snapshots an attacker leaves tagged.
        var tagLevel = compliant().with(RecycleBinRules.TYPE, "us-east-1", rules(rule("tagged", "available", List.of("Keep=yes"), List.of())));
        assertThat(only(check.evaluate(tagLevel.build(), CONTEXT), Status.FAIL, EBS).message()).contains("retains only snapshots with the tags");
        var pending = compliant().with(RecycleBinRules.TYPE, "us-east-1", rules(rule("new", "pending", List.of(), List.of())));
        only(check.evaluate(pending.build(), CONTEXT), Status.FAIL, EBS);
        var excluding = compliant().with(RecycleBinRules.TYPE, "us-east-1", rules(rule("all", "available", List.of(), List.of("Scratch=yes"))));
        assertThat(only(check.evaluate(excluding.build(), CONTEXT), Status.PASS, EBS).message()).contains("except snapshots tagged Scratch=yes",
                "not locked");
        var undescribed = compliant().with(RecycleBinRules.TYPE, "us-east-1", new RecycleBinRules(Evidence.collected(List.of(
                new RecycleBinRules.Rule("r", "unlocked", 7, denied("rbin:GetRule"))))));
        assertThat(only(check.evaluate(undescribed.build(), CONTEXT), Status.UNKNOWN, EBS).message()).contains("rbin:GetRule");
    }

    private static RecycleBinRules rules(RecycleBinRules.Rule... rules) {
        return new RecycleBinRules(Evidence.collected(List.of(rules)));
    }

    private static RecycleBinRules.Rule rule(String id, String status, List<String> tags, List<String> excluded) {
        return new RecycleBinRules.Rule(id, "unlocked", 7, Evidence.collected(new RecycleBinRules.Details(status, tags, excluded)));
    }

    @Test
    void keysMustRotateAndNotBePendingDeletion() {
        var check = new KmsKeysCheck();
        assertThat(check.evaluate(compliant().build(), CONTEXT)).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
        var fixtures = compliant().with(KmsKeys.TYPE, "us-east-1", new KmsKeys(Evidence.collected(List.of(
                new Key("k1", "arn:k1", "PendingDeletion", "SYMMETRIC_DEFAULT", "AWS_KMS", Evidence.collected(true)),
                new Key("k2", "arn:k2", "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS", Evidence.collected(false)),
                new Key("k3", "arn:k3", "Enabled", "RSA_2048", "AWS_KMS", null),
                new Key("k4", "arn:k4", "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS", denied("kms:GetKeyRotationStatus")),
                new Key("k5", "arn:k5", "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS", null),
                new Key("k6", "arn:k6", null, null, null, null, "access denied to kms:DescribeKey")))));
        List<Finding> findings = check.evaluate(fixtures.build(), CONTEXT);
        onlyFor(findings, "arn:k1", Status.FAIL, KMS);
        onlyFor(findings, "arn:k2", Status.FAIL, KMS);
        onlyFor(findings, "arn:k3", Status.PASS, KMS);
        onlyFor(findings, "arn:k4", Status.UNKNOWN, KMS);
        onlyFor(findings, "arn:k5", Status.UNKNOWN, KMS);
        assertThat(onlyFor(findings, "arn:k6", Status.UNKNOWN, KMS).message()).contains("could not be described");
        var none = compliant().with(KmsKeys.TYPE, "us-east-1", new KmsKeys(Evidence.collected(List.of())));
        only(check.evaluate(none.build(), CONTEXT), Status.NOT_APPLICABLE, KMS);
        only(check.evaluate(compliant().withEvidence(KmsKeys.TYPE, "us-east-1", denied("kms:ListKeys")).build(), CONTEXT), Status.UNKNOWN, KMS);
    }
}
