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
            List<String> retention = new ArrayList<>();
            rules.data().ifPresentOrElse(list -> recycleBin(list, retention, problems, gaps), () -> gaps.add("Recycle Bin rules: " + rules.gap()));
            String ref = account.ref(EbsSettings.TYPE, region);
            String resource = "snapshots in " + region;
            if (!problems.isEmpty()) {
                findings.fail(region, resource, "In " + region + ": " + String.join("; ", problems) + ".", ref);
            } else if (!gaps.isEmpty()) {
                findings.unknown(region, resource, "Snapshot protection in " + region + " could not be read: " + String.join("; ", gaps) + ".", ref);
            } else {
                findings.pass(region, resource, "Public sharing is blocked, no snapshot is public and the Recycle Bin keeps deleted snapshots in "
                        + region + " (" + retention.get(0) + ").", ref);
            }
        }
        return findings.toList();
    }

    /**
     * Only an available Region-level rule retains every deleted snapshot; a tag-level rule keeps only the snapshots an attacker
     * leaves tagged. A pass names the rule's exclusions and whether it is locked against being deleted itself.
     */
    private static void recycleBin(List<RecycleBinRules.Rule> rules, List<String> retention, List<String> problems, List<String> gaps) {
        List<String> tagLevel = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (var rule : rules) {
            if (rule.details().data().isEmpty()) {
                unread.add("Recycle Bin rule " + rule.id() + ": " + rule.details().gap());
                continue;
            }
            var details = rule.details().data().get();
            if (details.retainsEverySnapshot()) {
                retention.add("rule " + rule.id() + (details.excludedTags().isEmpty() ? "" : " except snapshots tagged "
                        + String.join(", ", details.excludedTags())) + ("locked".equals(rule.lockState()) ? ", locked" : ", not locked"));
            } else if (!details.resourceTags().isEmpty()) {
                tagLevel.add(rule.id() + " (" + String.join(", ", details.resourceTags()) + ")");
            }
        }
        if (!retention.isEmpty()) {
            return;
        }
        if (!unread.isEmpty()) {
            gaps.addAll(unread);
        } else if (!tagLevel.isEmpty()) {
            problems.add("the Recycle Bin retains only snapshots with the tags of rule " + String.join(", ", tagLevel)
                    + ": no Region-level rule keeps the others");
        } else {
            problems.add("no available Recycle Bin rule retains deleted EBS snapshots");
        }
    }
}
