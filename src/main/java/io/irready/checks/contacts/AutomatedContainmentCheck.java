package io.irready.checks.contacts;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Judgement;
import io.irready.checks.OrganizationView;
import io.irready.checks.patterns.FindingEvents;
import io.irready.checks.patterns.RuleMatches;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.events.EventRules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IR-PROC-07: at least one enabled EventBridge rule that fires on a sample high-severity GuardDuty or
 * Security Hub finding about the account starts automation (Systems Manager Automation, Lambda or Step
 * Functions), in the account or in the delegated administrator that receives its findings.
 */
public final class AutomatedContainmentCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Judgement judgement = new Judgement();
        Set<String> owners = new LinkedHashSet<>(List.of(account.accountId()));
        for (String service : List.of("guardduty.amazonaws.com", "securityhub.amazonaws.com")) {
            OrganizationView.delegatedAdministrator(account, service).data().flatMap(admin -> admin).ifPresent(owners::add);
        }
        for (String owner : owners) {
            for (String region : account.regions()) {
                Optional<Evidence<EventRules>> evidence = owner.equals(account.accountId()) ? Optional.of(account.get(EventRules.TYPE, region))
                        : account.organization().of(EventRules.TYPE, owner, region);
                if (evidence.isEmpty()) {
                    judgement.gap("the rules of administrator " + owner + ", which this run does not audit");
                    break;
                }
                look(evidence.get(), owner, account, region, judgement);
            }
        }
        return findings(account).add(judgement.verdict("No rule starts automated containment on a high-severity finding"), null,
                "automated containment", account.firstRef(EventRules.TYPE)).toList();
    }

    private static void look(Evidence<EventRules> evidence, String owner, AccountEvidence account, String region, Judgement judgement) {
        String where = (owner.equals(account.accountId()) ? "" : "account " + owner + " ") + region;
        var rules = evidence.flatMap(EventRules::rules);
        if (rules.data().isEmpty()) {
            judgement.gap("the EventBridge rules in " + where + ": " + rules.gap());
            return;
        }
        List<Map<String, Object>> guardDuty = List.of(FindingEvents.guardDutyHigh(account.accountId(), region));
        List<Map<String, Object>> hub = List.of(FindingEvents.securityHub(account.accountId(), region, region, "HIGH"));
        List<EventRules.Rule> matching = new ArrayList<>();
        for (List<Map<String, Object>> events : List.of(guardDuty, hub)) {
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
