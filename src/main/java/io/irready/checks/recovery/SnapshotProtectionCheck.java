package io.irready.checks.recovery;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.ec2.EbsSettings;
import io.irready.services.rbin.RecycleBinRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IR-REC-05: in every Region snapshots are protected as evidence: public sharing is blocked, no snapshot is
 * public, and a Recycle Bin rule keeps deleted EBS snapshots, so an attacker cannot leak or destroy them.
 */
public final class SnapshotProtectionCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    private static final Set<String> BLOCKED = Set.of("block-all-sharing", "block-new-sharing");
    private static final int NAMED = 5;

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        for (String region : account.regions()) {
            List<String> problems = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            var ebs = account.get(EbsSettings.TYPE, region);
            var blocking = ebs.flatMap(EbsSettings::snapshotBlockPublicAccess);
            blocking.data().ifPresentOrElse(state -> {
                if (!BLOCKED.contains(state)) {
                    problems.add("snapshot block public access is " + state);
                }
            }, () -> gaps.add("snapshot block public access: " + blocking.gap()));
            var publicSnapshots = ebs.flatMap(EbsSettings::publicSnapshots);
            publicSnapshots.data().ifPresentOrElse(ids -> {
                if (!ids.isEmpty()) {
                    problems.add(ids.size() + " snapshot" + (ids.size() == 1 ? " is" : "s are") + " public: "
                            + String.join(", ", ids.subList(0, Math.min(NAMED, ids.size()))) + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : ""));
                }
            }, () -> gaps.add("public snapshots: " + publicSnapshots.gap()));
            var rules = account.get(RecycleBinRules.TYPE, region).flatMap(RecycleBinRules::snapshotRules);
            rules.data().ifPresentOrElse(list -> {
                if (list.isEmpty()) {
                    problems.add("no Recycle Bin rule retains deleted EBS snapshots");
                }
            }, () -> gaps.add("Recycle Bin rules: " + rules.gap()));
            String ref = account.ref(EbsSettings.TYPE, region);
            String resource = "snapshots in " + region;
            if (!problems.isEmpty()) {
                findings.fail(region, resource, "In " + region + ": " + String.join("; ", problems) + ".", ref);
            } else if (!gaps.isEmpty()) {
                findings.unknown(region, resource, "Snapshot protection in " + region + " could not be read: " + String.join("; ", gaps) + ".", ref);
            } else {
                findings.pass(region, resource, "Public sharing is blocked, no snapshot is public and the Recycle Bin keeps deleted snapshots in "
                        + region + ".", ref);
            }
        }
        return findings.toList();
    }
}
