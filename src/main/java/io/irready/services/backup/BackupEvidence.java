package io.irready.services.backup;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.time.Instant;
import java.util.List;

/**
 * AWS Backup in one Region: plans with their rules (and cross-account copies) and selections, vaults with
 * their lock, the resources it protects, recent failed backup jobs and completed restore jobs, and restore
 * testing plans.
 */
public record BackupEvidence(Evidence<List<Plan>> plans,
                             Evidence<List<Vault>> vaults,
                             Evidence<List<String>> protectedResources,
                             Evidence<List<Job>> failedBackupJobs,
                             Evidence<List<Job>> completedRestoreJobs,
                             Evidence<List<String>> restoreTestingPlans) {

    public static final EvidenceType<BackupEvidence> TYPE = EvidenceType.perRegion("backup.plans", BackupEvidence.class,
            "backup:ListBackupPlans", "backup:GetBackupPlan", "backup:ListBackupSelections", "backup:GetBackupSelection",
            "backup:ListBackupVaults", "backup:ListProtectedResources", "backup:ListBackupJobs", "backup:ListRestoreJobs",
            "backup:ListRestoreTestingPlans");

    public record Plan(String id, String name, Evidence<List<Rule>> rules, Evidence<List<Selection>> selections) {
    }

    /** A rule: its target vault and the vault ARNs it copies recovery points to (another account's vault: off-account copies). */
    public record Rule(String name, String vault, List<String> copyTo) {
        public Rule {
            copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
        }
    }

    /**
     * A selection: resource ARNs (or "*"), and tag conditions as key=value. {@code unread} says why a listed selection could not be
     * read (its resources and conditions are then empty); null otherwise.
     */
    public record Selection(String name, List<String> resources, List<String> tagConditions, String unread) {
        public Selection(String name, List<String> resources, List<String> tagConditions) {
            this(name, resources, tagConditions, null);
        }

        public Selection {
            resources = resources == null ? List.of() : List.copyOf(resources);
            tagConditions = tagConditions == null ? List.of() : List.copyOf(tagConditions);
        }
    }

    /** {@code locked}: AWS Backup Vault Lock is set; {@code type} BACKUP_VAULT or LOGICALLY_AIR_GAPPED_BACKUP_VAULT. */
    public record Vault(String name, String arn, boolean locked, String type) {
    }

    public record Job(String id, String resourceArn, String state, Instant created) {
    }
}
