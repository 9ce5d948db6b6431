package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.macie.MacieEvidence;
import io.irready.services.s3.S3Buckets;

import java.util.List;

/**
 * IR-DET-07: accounts that hold S3 data (the configured accounts, or every account with buckets) run Macie
 * with automated sensitive data discovery in every Region in scope, so responders know which buckets hold
 * sensitive data when one is exposed. An account with no bucket has nothing to judge.
 */
public final class MacieCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var settings = context.settings(DetectionSettings.class);
        var buckets = account.get(S3Buckets.TYPE).flatMap(S3Buckets::buckets);
        if (!settings.requiresMacie(account.accountId(), account.target().accountName())) {
            return findings.notApplicable(null, "Macie", "The account is not among the accounts that must run Macie ("
                    + String.join(", ", settings.macieAccounts()) + ").", account.ref(S3Buckets.TYPE, null)).toList();
        }
        if (buckets.data().map(List::isEmpty).orElse(false)) {
            return findings.notApplicable(null, "Macie", "The account has no S3 bucket for Macie to classify.", account.ref(S3Buckets.TYPE, null))
                    .toList();
        }
        for (String region : account.regions()) {
            var macie = account.get(MacieEvidence.TYPE, region);
            findings.add(Verdict.given(macie, "Macie", evidence -> judge(evidence, region)), region, "Macie in " + region,
                    account.ref(MacieEvidence.TYPE, region));
        }
        return findings.toList();
    }

    private static Verdict judge(MacieEvidence macie, String region) {
        return Verdict.given(macie.status(), "The Macie session", status -> {
            if (status == null) {
                return Verdict.fail("Macie is not enabled in " + region + ".");
            }
            if (!"ENABLED".equals(status)) {
                return Verdict.fail("Macie is " + status + " in " + region + ", not ENABLED.");
            }
            return Verdict.given(macie.automatedDiscovery(), "The automated discovery setting", discovery -> {
                if (!"ENABLED".equals(discovery)) {
                    return Verdict.fail("Macie is enabled in " + region + " but automated sensitive data discovery is "
                            + (discovery == null ? "not set" : discovery) + ".");
                }
                // In an organization the setting read is the administrator's: the member may still be excluded from it.
                return Verdict.given(macie.accountDiscovery(), "The account's own automated discovery status", own -> {
                    if (own == null || "ENABLED".equals(own)) {
                        return Verdict.pass("Macie runs with automated sensitive data discovery for the account in " + region + ".");
                    }
                    return Verdict.fail("Automated sensitive data discovery is on for the organization in " + region + ", but "
                            + own + " for this account: its Macie administrator excluded it.");
                });
            });
        });
    }
}
