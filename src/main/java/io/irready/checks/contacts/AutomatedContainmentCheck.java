package io.irready.checks.contacts;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Judgement;
import io.irready.checks.OrganizationView;
import io.irready.checks.detection.AdministratorMembership;
import io.irready.checks.patterns.FindingEvents;
import io.irready.checks.patterns.RuleMatches;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.events.EventRules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IR-PROC-07: at least one enabled EventBridge rule that fires on a sample high-severity GuardDuty or
 * Security Hub finding about the account starts automation (Systems Manager Automation, Lambda or Step
 * Functions), in the account or in the delegated administrator that receives its findings (where the account is its
 * enabled member).
 */
public final class AutomatedContainmentCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Judgement judgement = new Judgement();
        Map<AdministratorMembership, String> administrators = new EnumMap<>(AdministratorMembership.class);
        OrganizationView.delegatedAdministrator(account, "guardduty.amazonaws.com").data().flatMap(admin -> admin)
                .ifPresent(admin -> administrators.put(AdministratorMembership.GUARDDUTY, admin));
        OrganizationView.delegatedAdministrator(account, "securityhub.amazonaws.com").data().flatMap(admin -> admin)
                .ifPresent(admin -> administrators.put(AdministratorMembership.SECURITY_HUB, admin));
        for (String region : account.regions()) {
            look(account.get(EventRules.TYPE, region), account.accountId(), account, region, EnumSet.allOf(AdministratorMembership.class), judgement);
        }
        for (String owner : new LinkedHashSet<>(administrators.values())) {
            if (owner.equals(account.accountId())) {
                continue;
            }
            for (String region : account.regions()) {
                Optional<Evidence<EventRules>> evidence = account.organization().of(EventRules.TYPE, owner, region);
                if (evidence.isEmpty()) {
                    judgement.gap("the rules of administrator " + owner + ", which this run does not audit");
                    break;
                }
                // The administrator sees a service's findings of the account only where the account is its enabled member.
                Set<AdministratorMembership> reaching = EnumSet.noneOf(AdministratorMembership.class);
                administrators.forEach((service, admin) -> {
                    if (admin.equals(owner) && service.reaches(account, region, owner, judgement)) {
                        reaching.add(service);
                    }
                });
                if (!reaching.isEmpty()) {
                    look(evidence.get(), owner, account, region, reaching, judgement);
                }
            }
        }
        return findings(account).add(judgement.verdict("No rule starts automated containment on a high-severity finding"), null,
                "automated containment", account.firstRef(EventRules.TYPE)).toList();
    }

    private static void look(Evidence<EventRules> evidence, String owner, AccountEvidence account, String region,
                             Set<AdministratorMembership> services, Judgement judgement) {
        String where = (owner.equals(account.accountId()) ? "" : "account " + owner + " ") + region;
        var rules = evidence.flatMap(EventRules::rules);
        if (rules.data().isEmpty()) {
            judgement.gap("the EventBridge rules in " + where + ": " + rules.gap());
            return;
        }
        List<EventRules.Rule> matching = new ArrayList<>();
        for (AdministratorMembership service : services) {
            List<Map<String, Object>> events = service == AdministratorMembership.GUARDDUTY
                    ? List.of(FindingEvents.guardDutyHigh(account.accountId(), region))
                    : List.of(FindingEvents.securityHub(account.accountId(), region, region, "HIGH"));
            RuleMatches matches = RuleMatches.of(rules.data().get(), events);
            matches.unjudged().forEach(u -> judgement.gap(where + " " + u));
            matching.addAll(matches.matching());
        }
        for (EventRules.Rule rule : matching) {
            if (rule.targetArns().data().isEmpty()) {
                judgement.gap("the targets of rule '" + rule.name() + "' in " + where + ": " + rule.targetArns().gap());
                continue;
            }
            rule.targetArns().data().get().stream().filter(AutomatedContainmentCheck::isAutomation).findFirst().ifPresentOrElse(
                    target -> judgement.pass("Rule '" + rule.name() + "' in " + where + " starts " + target + " on high-severity findings."),
                    () -> judgement.problem("rule '" + rule.name() + "' in " + where + " only notifies"));
        }
    }

    /** Systems Manager Automation, Lambda and Step Functions targets run code; topics and queues only carry messages. */
    static boolean isAutomation(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && (parts[2].equals("lambda") || parts[2].equals("states")
                || parts[2].equals("ssm") && parts[5].startsWith("automation-definition/"));
    }
}
