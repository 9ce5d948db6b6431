package io.irready.checks.recovery;

import io.irready.checks.CheckContext;
import io.irready.checks.ResourceCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.backup.BackupEvidence;
import io.irready.services.backup.BackupEvidence.Plan;
import io.irready.services.backup.BackupEvidence.Rule;
import io.irready.services.backup.BackupEvidence.Vault;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-REC-02: every rule of every backup plan writes to a vault an attacker with the account's credentials
 * cannot empty: a locked vault, a logically air-gapped vault, or a copy to a vault in another account.
 */
public final class BackupTamperResistanceCheck extends ResourceCheck<BackupEvidence, BackupTamperResistanceCheck.PlanInRegion> {

    /** A plan with the vaults of its Region, so a rule's vault can be looked up. */
    public record PlanInRegion(Plan plan, Evidence<List<Vault>> vaults) {
    }

    @Override
    protected EvidenceType<BackupEvidence> evidence() {
        return BackupEvidence.TYPE;
    }

    @Override
    protected Evidence<List<PlanInRegion>> resources(BackupEvidence backup) {
        return backup.plans().map(plans -> plans.stream().map(p -> new PlanInRegion(p, backup.vaults())).toList());
    }

    @Override
    protected String noun() {
        return "backup plans";
    }

    @Override
    protected String resourceId(PlanInRegion plan) {
        return plan.plan().name();
    }

    @Override
    protected Verdict judge(PlanInRegion plan, String region, AccountEvidence account, CheckContext context) {
        return Verdict.given(plan.plan().rules(), "The plan's rules", rules -> {
            List<String> problems = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (Rule rule : rules) {
                if (rule.copyTo().stream().anyMatch(arn -> isInOtherAccount(arn, account.accountId()))) {
                    continue;
                }
                if (plan.vaults().data().isEmpty()) {
                    gaps.add("rule " + rule.name() + ": the vaults could not be listed: " + plan.vaults().gap());
                    continue;
                }
                Vault vault = plan.vaults().data().get().stream().filter(v -> v.name().equals(rule.vault())).findFirst().orElse(null);
                if (vault == null) {
                    problems.add("rule " + rule.name() + " writes to vault " + rule.vault() + ", which does not exist");
                } else if (!vault.locked() && !"LOGICALLY_AIR_GAPPED_BACKUP_VAULT".equals(vault.type())) {
                    problems.add("rule " + rule.name() + " writes to vault " + vault.name() + ", which is not locked, and copies to no other account");
                }
            }
            if (!problems.isEmpty()) {
                return Verdict.fail("Backup plan " + plan.plan().name() + ": " + String.join("; ", problems) + ".");
            }
            if (!gaps.isEmpty()) {
                return Verdict.unknown("Backup plan " + plan.plan().name() + " could not be judged: " + String.join("; ", gaps) + ".");
            }
            return rules.isEmpty() ? Verdict.fail("Backup plan " + plan.plan().name() + " has no rule.")
                    : Verdict.pass("Every rule of backup plan " + plan.plan().name() + " keeps copies in a locked or air-gapped vault or another account.");
        });
    }

    private static boolean isInOtherAccount(String vaultArn, String accountId) {
        String[] parts = vaultArn.split(":", 6);
        return parts.length == 6 && parts[4].matches("\\d{12}") && !parts[4].equals(accountId);
    }
}
