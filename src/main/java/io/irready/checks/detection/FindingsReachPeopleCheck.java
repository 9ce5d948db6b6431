package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Judgement;
import io.irready.checks.OrganizationView;
import io.irready.checks.patterns.FindingEvents;
import io.irready.checks.patterns.RuleMatches;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.OrganizationFacts;
import io.irready.services.events.EventRules;
import io.irready.services.securityhub.SecurityHubEvidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IR-DET-08: in every Region in scope a high-severity GuardDuty or Security Hub finding about the account
 * reaches a person: an enabled EventBridge rule that fires on a sample finding sends it to an SNS topic with
 * a confirmed subscription or to an API destination. Rules are looked for in the account itself, in the
 * delegated administrator that receives its findings (only while the account is an enabled member of it in the Region),
 * and in the administrator's Security Hub aggregation Region.
 */
public final class FindingsReachPeopleCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        Optional<String> guardDutyAdmin = administrator(account, "guardduty.amazonaws.com");
        Optional<String> securityHubAdmin = administrator(account, "securityhub.amazonaws.com");
        for (String region : account.regions()) {
            Judgement judgement = new Judgement();
            String id = account.accountId();
            List<Map<String, Object>> guardDuty = List.of(FindingEvents.guardDutyHigh(id, region));
            List<Map<String, Object>> hub = hubFindings(id, region, region);
            look(account, id, region, guardDuty, "GuardDuty", judgement);
            look(account, id, region, hub, "Security Hub", judgement);
            guardDutyAdmin.filter(admin -> !admin.equals(id))
                    .filter(admin -> AdministratorMembership.GUARDDUTY.reaches(account, region, admin, judgement))
                    .ifPresent(admin -> look(account, admin, region, guardDuty, "GuardDuty", judgement));
            securityHubAdmin.filter(admin -> !admin.equals(id))
                    .filter(admin -> AdministratorMembership.SECURITY_HUB.reaches(account, region, admin, judgement)).ifPresent(admin -> {
                look(account, admin, region, hub, "Security Hub", judgement);
                aggregationRegions(account, admin, region).forEach(aggregation ->
                        look(account, admin, aggregation, hubFindings(id, region, aggregation), "Security Hub (aggregated)", judgement));
            });
            findings.add(judgement.verdict("No rule sends high-severity findings from " + region + " to a person"), region,
                    "findings routing in " + region, account.ref(EventRules.TYPE, region));
        }
        return findings.toList();
    }

    private static List<Map<String, Object>> hubFindings(String accountId, String findingRegion, String region) {
        return List.of(FindingEvents.securityHub(accountId, findingRegion, region, "HIGH"),
                FindingEvents.securityHub(accountId, findingRegion, region, "CRITICAL"));
    }

    private static Optional<String> administrator(AccountEvidence account, String service) {
        return OrganizationView.delegatedAdministrator(account, service).data().flatMap(admin -> admin);
    }

    /** The Regions where the administrator's Security Hub aggregates this Region's findings, other than the Region itself. */
    private static List<String> aggregationRegions(AccountEvidence account, String admin, String region) {
        return account.regions().stream()
                .filter(r -> !r.equals(region))
                .filter(r -> {
                    Evidence<SecurityHubEvidence> hub = account.organization().shared(SecurityHubEvidence.TYPE).get(OrganizationFacts.key(admin, r));
                    return hub != null && hub.flatMap(SecurityHubEvidence::aggregators).data()
                            .map(list -> list.stream().anyMatch(a -> r.equals(a.region()) && CentralDetectionAdminCheck.links(a, region)))
                            .orElse(false);
                })
                .toList();
    }

    private static void look(AccountEvidence account, String owner, String region, List<Map<String, Object>> events, String source,
                             Judgement judgement) {
        String where = owner.equals(account.accountId()) ? region : "account " + owner + " " + region;
        Optional<Evidence<EventRules>> evidence = owner.equals(account.accountId()) ? Optional.of(account.get(EventRules.TYPE, region))
                : account.organization().of(EventRules.TYPE, owner, region);
        if (evidence.isEmpty()) {
            judgement.gap("the rules of administrator " + owner + ", which this run does not audit");
            return;
        }
        var rules = evidence.get().flatMap(EventRules::rules);
        if (rules.data().isEmpty()) {
            judgement.gap("the EventBridge rules in " + where + ": " + rules.gap());
            return;
        }
        RuleMatches matches = RuleMatches.of(rules.data().get(), events);
        matches.unjudged().forEach(u -> judgement.gap(where + " " + u));
        for (EventRules.Rule rule : matches.matching()) {
            Delivery delivery = Delivery.ofTargets(rule.targetArns(), account);
            switch (delivery.reach()) {
                case PERSON -> judgement.pass("Rule '" + rule.name() + "' in " + where + " sends high-severity " + source + " findings to "
                        + delivery.description() + ".");
                case UNKNOWN -> judgement.gap("rule '" + rule.name() + "' in " + where + ": " + delivery.description());
                case NOBODY -> judgement.problem("rule '" + rule.name() + "' in " + where + " notifies nobody (" + delivery.description() + ")");
            }
        }
    }
}
