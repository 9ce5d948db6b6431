package io.irready.checks.recovery;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.backup.BackupEvidence;
import io.irready.services.backup.BackupEvidence.Job;
import io.irready.services.dynamodb.DynamoDbTables;
import io.irready.services.rds.RdsInstances;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * IR-REC-03: backups work and can be restored. Per Region: no backup job failed within the configured days;
 * a restore was tested (a restore testing plan, or a completed restore job within the configured days); every
 * RDS database keeps automated backups at least the configured days; every DynamoDB table has point-in-time
 * recovery. A Region without backup plans has no backup jobs or restores to judge.
 */
public final class BackupHealthCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var settings = context.settings(RecoverySettings.class);
        for (String region : account.regions()) {
            String ref = account.ref(BackupEvidence.TYPE, region);
            var backup = account.get(BackupEvidence.TYPE, region);
            findings.add(Verdict.given(backup, "AWS Backup", b -> jobs(b, region, context.evaluatedAt(), settings)), region,
                    "backup jobs in " + region, ref);
            findings.add(Verdict.given(backup, "AWS Backup", b -> restores(b, region, context.evaluatedAt(), settings)), region,
                    "restore testing in " + region, ref);
            databases(account, region, settings, findings);
            tables(account, region, findings);
        }
        return findings.toList();
    }

    private static Verdict jobs(BackupEvidence backup, String region, Instant now, RecoverySettings settings) {
        return Verdict.given(backup.plans(), "The backup plans", plans -> Verdict.given(backup.failedBackupJobs(), "The failed backup jobs", failed -> {
            Instant since = now.minus(Duration.ofDays(settings.failedJobDays()));
            List<Job> recent = failed.stream().filter(j -> j.created() != null && !j.created().isBefore(since)).toList();
            if (!recent.isEmpty()) {
                return Verdict.fail(recent.size() + " backup job" + (recent.size() == 1 ? "" : "s") + " failed in " + region + " within "
                        + settings.failedJobDays() + " days, e.g. for " + recent.get(0).resourceArn() + ".");
            }
            return plans.isEmpty() ? Verdict.notApplicable("There is no backup plan in " + region + ".")
                    : Verdict.pass("No backup job failed in " + region + " within " + settings.failedJobDays() + " days.");
        }));
    }

    private static Verdict restores(BackupEvidence backup, String region, Instant now, RecoverySettings settings) {
        return Verdict.given(backup.plans(), "The backup plans", plans -> {
            if (plans.isEmpty()) {
                return Verdict.notApplicable("There is no backup plan in " + region + ".");
            }
            if (backup.restoreTestingPlans().data().map(p -> !p.isEmpty()).orElse(false)) {
                return Verdict.pass("Restore testing plan " + backup.restoreTestingPlans().data().get().get(0) + " tests restores in " + region + ".");
            }
            return Verdict.given(backup.completedRestoreJobs(), "The restore jobs", restores -> {
                Instant since = now.minus(Duration.ofDays(settings.restoreTestDays()));
                var recent = restores.stream().filter(j -> j.created() != null && !j.created().isBefore(since)).findFirst();
                if (recent.isPresent()) {
                    return Verdict.pass("A restore completed in " + region + " on " + recent.get().created() + ".");
                }
                if (!backup.restoreTestingPlans().isCollected()) {
                    return Verdict.unknown("No restore completed in " + region + " within " + settings.restoreTestDays()
                            + " days, and the restore testing plans could not be read: " + backup.restoreTestingPlans().gap());
                }
                return Verdict.fail("No restore was tested in " + region + " within " + settings.restoreTestDays()
                        + " days and no restore testing plan exists.");
            });
        });
    }

    private static void databases(AccountEvidence account, String region, RecoverySettings settings, Findings findings) {
        String ref = account.ref(RdsInstances.TYPE, region);
        var instances = account.get(RdsInstances.TYPE, region).flatMap(RdsInstances::instances);
        if (instances.data().isEmpty()) {
            findings.unknown(region, "RDS databases in " + region, "The databases could not be listed: " + instances.gap(), ref);
            return;
        }
        for (var db : instances.data().get()) {
            if (db.backupRetentionDays() >= settings.rdsRetentionDays()) {
                findings.pass(region, db.arn(), "Automated backups of " + db.id() + " are kept " + db.backupRetentionDays() + " days.", ref);
            } else {
                findings.fail(region, db.arn(), "Automated backups of " + db.id() + " are kept " + db.backupRetentionDays() + " days, fewer than "
                        + settings.rdsRetentionDays() + ".", ref);
            }
        }
    }

    private static void tables(AccountEvidence account, String region, Findings findings) {
        String ref = account.ref(DynamoDbTables.TYPE, region);
        var tables = account.get(DynamoDbTables.TYPE, region).flatMap(DynamoDbTables::tables);
        if (tables.data().isEmpty()) {
            findings.unknown(region, "DynamoDB tables in " + region, "The tables could not be listed: " + tables.gap(), ref);
            return;
        }
        for (var table : tables.data().get()) {
            findings.add(Verdict.given(table.pointInTimeRecovery(), "Point-in-time recovery of " + table.name(), on -> Boolean.TRUE.equals(on)
                    ? Verdict.pass("Table " + table.name() + " has point-in-time recovery.")
                    : Verdict.fail("Table " + table.name() + " has no point-in-time recovery.")), region, "table/" + table.name(), ref);
        }
    }
}
