package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Judgement;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.OrganizationFacts;
import io.irready.services.accessanalyzer.AccessAnalyzerEvidence;
import io.irready.services.accessanalyzer.AccessAnalyzerEvidence.Analyzer;

import java.util.List;
import java.util.Set;

/**
 * IR-DET-06: in every Region in scope an ACTIVE external-access analyzer covers the account: its own
 * (type ACCOUNT or ORGANIZATION) or an organization analyzer in another audited account of the
 * organization. Unused-access analyzers do not find external access and do not count.
 */
public final class AccessAnalyzerCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    private static final Set<String> EXTERNAL_ACCESS = Set.of("ACCOUNT", "ORGANIZATION");

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        for (String region : account.regions()) {
            Judgement judgement = new Judgement();
            var own = account.get(AccessAnalyzerEvidence.TYPE, region).flatMap(AccessAnalyzerEvidence::analyzers);
            own.data().ifPresentOrElse(analyzers -> judge(analyzers, judgement),
                    () -> judgement.gap("the account's analyzers: " + own.gap()));
            if (!judgement.passed() && account.organization().inOrganization()) {
                account.organization().shared(AccessAnalyzerEvidence.TYPE).forEach((key, evidence) -> {
                    if (key.endsWith("/" + region) && !key.equals(OrganizationFacts.key(account.accountId(), region))) {
                        evidence.flatMap(AccessAnalyzerEvidence::analyzers).data().ifPresent(analyzers -> analyzers.stream()
                                .filter(a -> "ORGANIZATION".equals(a.type()) && "ACTIVE".equals(a.status()))
                                .forEach(a -> judgement.pass("Organization analyzer " + a.name() + " in account " + key.split("/")[0]
                                        + " covers the account in " + region + ".")));
                    }
                });
            }
            findings.add(judgement.verdict("No active external-access analyzer covers the account in " + region), region,
                    "IAM Access Analyzer in " + region, account.ref(AccessAnalyzerEvidence.TYPE, region));
        }
        return findings.toList();
    }

    private static void judge(List<Analyzer> analyzers, Judgement judgement) {
        for (Analyzer analyzer : analyzers) {
            if (!EXTERNAL_ACCESS.contains(analyzer.type())) {
                judgement.problem("analyzer " + analyzer.name() + " is of type " + analyzer.type() + ", which does not find external access");
            } else if (!"ACTIVE".equals(analyzer.status())) {
                judgement.problem("analyzer " + analyzer.name() + " is " + analyzer.status());
            } else {
                judgement.pass("Analyzer " + analyzer.name() + " (" + analyzer.type() + ") is active.");
            }
        }
    }
}
