package io.irready.checks.recovery;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.OrganizationAccountsSettings;
import io.irready.checks.OrganizationView;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.ec2.EbsSettings;
import io.irready.services.organizations.OrganizationEvidence;

import java.util.List;

/**
 * IR-REC-04: in every Region new EBS volumes are encrypted by default with a customer-managed key whose policy
 * lets the forensics account decrypt, so a snapshot of a compromised volume can be shared there for analysis.
 * Snapshots under the AWS managed key aws/ebs cannot be shared with another account at all. A key policy
 * granting {@code *} depends on conditions irready does not evaluate: UNKNOWN.
 */
public final class ForensicSnapshotSharingCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var role = context.settings(OrganizationAccountsSettings.class).forensics();
        Evidence<List<String>> forensics = role.id().isEmpty()
                ? OrganizationView.accounts(account, role).map(list -> list.stream().map(OrganizationEvidence.Account::id).toList())
                : Evidence.collected(List.of(role.id()));
        for (String region : account.regions()) {
            String resource = "EBS default key in " + region;
            String ref = account.ref(EbsSettings.TYPE, region);
            if (forensics.data().map(ids -> ids.contains(account.accountId())).orElse(false)) {
                findings.notApplicable(region, resource, "This is the forensics account; snapshots are shared to it, not from it.", ref);
                continue;
            }
            findings.add(Verdict.given(account.get(EbsSettings.TYPE, region), "The EBS settings", ebs -> judge(ebs, forensics, role, region)), region,
                    resource, ref);
        }
        return findings.toList();
    }

    private static Verdict judge(EbsSettings ebs, Evidence<List<String>> forensics, OrganizationAccountsSettings.Role role, String region) {
        return Verdict.given(ebs.encryptionByDefault(), "EBS encryption by default", encrypted -> {
            if (!Boolean.TRUE.equals(encrypted)) {
                return Verdict.fail("EBS encryption by default is off in " + region + "; new volumes may be unencrypted.");
            }
            return Verdict.given(ebs.defaultKmsKeyId(), "The default EBS key", keyId -> {
                if (keyId == null || keyId.endsWith("alias/aws/ebs")) {
                    return Verdict.fail("EBS volumes in " + region + " are encrypted with the AWS managed key aws/ebs, whose snapshots cannot be "
                            + "shared with the forensics account.");
                }
                return Verdict.given(ebs.defaultKeyGrantees(), "The policy of key " + keyId, grantees -> {
                    if (grantees.isEmpty()) {
                        return Verdict.fail("The default EBS key " + keyId + " in " + region + " is AWS managed or grants no other account.");
                    }
                    if (forensics.data().isEmpty()) {
                        return Verdict.unknown("The forensics account (" + role.describe() + ") could not be identified: " + forensics.gap()
                                + "; set irready.checks.organization-accounts.forensics.id.");
                    }
                    if (forensics.data().get().isEmpty()) {
                        return Verdict.fail("No forensics account (" + role.describe() + ") exists to share snapshots with (see IR-ACC-01).");
                    }
                    var granted = forensics.data().get().stream().filter(grantees::contains).findFirst();
                    if (granted.isPresent()) {
                        return Verdict.pass("The default EBS key " + keyId + " in " + region + " lets forensics account " + granted.get() + " decrypt.");
                    }
                    if (grantees.contains("*")) {
                        return Verdict.unknown("The policy of the default EBS key " + keyId + " grants '*' under conditions irready does not "
                                + "evaluate; grant the forensics account " + String.join(", ", forensics.data().get()) + " by id.");
                    }
                    return Verdict.fail("The default EBS key " + keyId + " in " + region + " does not let the forensics account "
                            + String.join(", ", forensics.data().get()) + " decrypt (it grants " + String.join(", ", grantees) + ").");
                });
            });
        });
    }
}
