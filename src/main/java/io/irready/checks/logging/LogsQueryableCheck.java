package io.irready.checks.logging;

import io.irready.attestations.AttestedItem;
import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.attestations.Freshness;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.services.securitylake.LogQueryStores;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-18: logs can be queried during an incident: a CloudTrail Lake event data store or an Amazon Security
 * Lake data lake in a Region in scope, or a SIEM attested as current in the attestations file.
 */
public final class LogsQueryableCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        List<String> gaps = new ArrayList<>();
        for (String region : account.regions()) {
            var stores = account.get(LogQueryStores.TYPE, region);
            String ref = account.ref(LogQueryStores.TYPE, region);
            var lake = stores.flatMap(LogQueryStores::eventDataStores);
            var securityLake = stores.flatMap(LogQueryStores::securityLake);
            if (lake.data().isPresent() && !lake.data().get().isEmpty()) {
                return findings.pass(region, lake.data().get().get(0), "CloudTrail Lake event data store " + lake.data().get().get(0)
                        + " can be queried.", ref).toList();
            }
            if (securityLake.data().isPresent() && securityLake.data().get()) {
                return findings.pass(region, "Security Lake in " + region, "Amazon Security Lake collects logs in " + region + ".", ref).toList();
            }
            lake.data().ifPresentOrElse(x -> { }, () -> gaps.add(region + ": " + lake.gap()));
            securityLake.data().ifPresentOrElse(x -> { }, () -> gaps.add(region + ": " + securityLake.gap()));
        }
        var siem = Freshness.of(account, AttestedItem.SIEM, context);
        if (siem.fresh()) {
            return findings.pass(null, "SIEM", "Attested: " + siem.describe() + ".", EvidenceBundle.ATTESTATIONS).toList();
        }
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account", "No query store is confirmed and no SIEM is attested; could not read " + String.join("; ", gaps),
                    account.regions().isEmpty() ? "" : account.ref(LogQueryStores.TYPE, account.regions().get(0))).toList();
        }
        return findings.fail(null, "account", "Logs cannot be queried: no CloudTrail Lake event data store, no Security Lake, and "
                + siem.describe() + ".", account.regions().isEmpty() ? "" : account.ref(LogQueryStores.TYPE, account.regions().get(0))).toList();
    }
}
