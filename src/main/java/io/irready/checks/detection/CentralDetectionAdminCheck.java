package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Judgement;
import io.irready.checks.OrganizationAccountsSettings;
import io.irready.checks.OrganizationView;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.OrganizationFacts;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.securityhub.SecurityHubEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * IR-DET-04: detection is run centrally: the security tooling account is the delegated administrator of
 * each configured service; GuardDuty auto-enables members in every Region; Security Hub aggregates the
 * Regions in scope into one. The administrator's own evidence is read where that account is audited.
 */
public final class CentralDetectionAdminCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = EvidenceBundle.ORGANIZATION;
        var organization = OrganizationView.of(account);
        if (organization.data().isEmpty()) {
            return findings.unknown(null, "delegated administration", "Central administration could not be judged: " + organization.gap() + ".",
                    ref).toList();
        }
        var role = context.settings(OrganizationAccountsSettings.class).securityTooling();
        List<String> tooling = role.find(organization.data().get().accounts()).stream().map(OrganizationEvidence.Account::id).toList();
        findings.add(delegation(account, context, role, tooling), null, "delegated administration", ref);
        findings.add(guardDutyAutoEnable(account), null, "GuardDuty auto-enable", account.firstRef(GuardDutyEvidence.TYPE));
        findings.add(securityHubAggregation(account), null, "Security Hub cross-Region aggregation",
                account.firstRef(SecurityHubEvidence.TYPE));
        return findings.toList();
    }

    private static Verdict delegation(AccountEvidence account, CheckContext context, OrganizationAccountsSettings.Role role, List<String> tooling) {
        if (tooling.isEmpty()) {
            return Verdict.fail("No account of the organization is the security tooling account (" + role.describe() + "); see IR-ACC-01.");
        }
        List<String> problems = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> services = context.settings(DetectionSettings.class).delegatedServices();
        for (String service : services) {
            var admin = OrganizationView.delegatedAdministrator(account, service);
            if (admin.data().isEmpty()) {
                gaps.add(service + ": " + admin.gap());
            } else if (admin.data().get().isEmpty()) {
                problems.add(service + " has no delegated administrator");
            } else if (!tooling.contains(admin.data().get().get())) {
                problems.add(service + " is administered by " + admin.data().get().get() + ", not the security tooling account");
            }
        }
        if (!problems.isEmpty()) {
            return Verdict.fail("Detection is not administered centrally: " + String.join("; ", problems) + ".");
        }
        if (!gaps.isEmpty()) {
            return Verdict.unknown("Delegated administration could not be read: " + String.join("; ", gaps) + ".");
        }
        return Verdict.pass("The security tooling account " + String.join(", ", tooling) + " administers " + String.join(", ", services) + ".");
    }

    private static Verdict guardDutyAutoEnable(AccountEvidence account) {
        var admin = OrganizationView.delegatedAdministrator(account, "guardduty.amazonaws.com");
        if (admin.data().isEmpty()) {
            return Verdict.unknown("The GuardDuty administrator could not be read: " + admin.gap() + ".");
        }
        if (admin.data().get().isEmpty()) {
            return Verdict.fail("GuardDuty has no delegated administrator, so nothing enables it for new accounts.");
        }
        String adminId = admin.data().get().get();
        List<String> problems = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (String region : account.regions()) {
            var evidence = Optional.ofNullable(account.organization().shared(GuardDutyEvidence.TYPE).get(OrganizationFacts.key(adminId, region)));
            if (evidence.isEmpty()) {
                gaps.add(region + ": the administrator " + adminId + " is not audited in this run");
                continue;
            }
            var detectors = evidence.get().flatMap(GuardDutyEvidence::detectors);
            if (detectors.data().isEmpty()) {
                gaps.add(region + ": " + detectors.gap());
                continue;
            }
            var autoEnable = detectors.data().get().stream().map(GuardDutyEvidence.Detector::autoEnableMembers).toList();
            if (autoEnable.isEmpty()) {
                problems.add(region + ": the administrator has no detector");
            } else if (autoEnable.stream().anyMatch(a -> a.data().map(Set.of("ALL", "NEW")::contains).orElse(false))) {
                continue;
            } else if (autoEnable.stream().anyMatch(a -> a.data().isEmpty() && !a.isCollected())) {
                gaps.add(region + ": " + autoEnable.stream().filter(a -> !a.isCollected()).findFirst().get().gap());
            } else {
                problems.add(region + ": members are not auto-enabled (" + autoEnable.get(0).data().orElse("not the administrator") + ")");
            }
        }
        return summary("GuardDuty auto-enables new members from administrator " + adminId + " in every Region in scope.",
                "GuardDuty does not auto-enable members", problems, gaps);
    }

    private static Verdict securityHubAggregation(AccountEvidence account) {
        if (account.regions().size() <= 1) {
            return Verdict.notApplicable((account.regions().isEmpty() ? "No Region" : "Only " + account.regions().get(0))
                    + " is audited; there is no other Region to aggregate.");
        }
        var admin = OrganizationView.delegatedAdministrator(account, "securityhub.amazonaws.com");
        if (admin.data().isEmpty()) {
            return Verdict.unknown("The Security Hub administrator could not be read: " + admin.gap() + ".");
        }
        if (admin.data().get().isEmpty()) {
            return Verdict.fail("Security Hub has no delegated administrator to aggregate findings.");
        }
        String adminId = admin.data().get().get();
        Judgement judgement = new Judgement();
        for (String region : account.regions()) {
            var evidence = account.organization().shared(SecurityHubEvidence.TYPE).get(OrganizationFacts.key(adminId, region));
            if (evidence == null) {
                judgement.gap(region + ": the administrator " + adminId + " is not audited in this run");
                continue;
            }
            var aggregators = evidence.flatMap(SecurityHubEvidence::aggregators);
            if (aggregators.data().isEmpty()) {
                judgement.gap(region + ": " + aggregators.gap());
                continue;
            }
            for (var aggregator : aggregators.data().get()) {
                List<String> uncovered = account.regions().stream().filter(r -> !links(aggregator, r)).toList();
                if (uncovered.isEmpty()) {
                    judgement.pass("Security Hub in " + adminId + " aggregates every Region in scope into " + aggregator.region() + ".");
                } else {
                    judgement.problem("the aggregator in " + aggregator.region() + " leaves out " + String.join(", ", uncovered));
                }
            }
        }
        return judgement.verdict("Security Hub findings are not aggregated across the Regions in scope");
    }

    /** Whether an aggregator brings a Region's findings in (its own Region always). */
    static boolean links(SecurityHubEvidence.Aggregator aggregator, String region) {
        if (region.equals(aggregator.region())) {
            return true;
        }
        return switch (aggregator.linkingMode() == null ? "" : aggregator.linkingMode()) {
            case "ALL_REGIONS" -> true;
            case "ALL_REGIONS_EXCEPT_SPECIFIED" -> !aggregator.regions().contains(region);
            case "SPECIFIED_REGIONS" -> aggregator.regions().contains(region);
            default -> false;
        };
    }

    private static Verdict summary(String pass, String summary, List<String> problems, List<String> gaps) {
        if (!problems.isEmpty()) {
            return Verdict.fail(summary + ": " + String.join("; ", problems) + ".");
        }
        if (!gaps.isEmpty()) {
            return Verdict.unknown(summary + " could not be confirmed: " + String.join("; ", gaps) + ".");
        }
        return Verdict.pass(pass);
    }
}
