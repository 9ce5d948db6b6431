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
import io.irready.services.securitylake.OrganizationSecurityLake;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-18: logs can be queried during an incident: a CloudTrail Lake event data store or an Amazon Security
 * Lake data lake in a Region in scope, an organization event data store of CloudTrail Lake, the organization's Security
 * Lake collecting from the account (read in its delegated administrator), or a SIEM attested as current.
 */
public final class LogsQueryableCheck extends BaseCheck {

    /** Why the organization's Security Lake collects the account's logs in an audited Region, or null (a gap added when unread). */
    private static String securityLakeSources(AccountEvidence account, OrganizationSecurityLake lake, List<String> gaps) {
        if (!lake.lakeRegions().isCollected() || !lake.sources().isCollected()) {
            gaps.add("the Security Lake of delegated administrator " + lake.administratorAccountId() + ": "
                    + (lake.lakeRegions().isCollected() ? lake.sources().gap() : lake.lakeRegions().gap()));
            return null;
        }
        for (String region : account.regions()) {
            if (lake.lakeRegions().data().get().contains(region) && lake.sources().data().get().contains(account.accountId() + "/" + region)) {
                return "The organization's Amazon Security Lake (delegated administrator " + lake.administratorAccountId()
                        + ") collects the account's logs in " + region + ".";
            }
        }
        return null;
    }

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
            // A store that AWS does not offer in the Region is not there: no gap.
            if (!lake.isCollected() && !lake.notOffered()) {
                gaps.add(region + ": " + lake.gap());
            }
            if (!securityLake.isCollected() && !securityLake.notOffered()) {
                gaps.add(region + ": " + securityLake.gap());
            }
        }
        var organization = account.organization().organization();
        if (organization != null) {
            var facts = organization.data();
            if (facts.isEmpty()) {
                gaps.add("the organization's facts: " + organization.gap());
            } else {
                var stores = facts.get().organizationEventDataStores();
                if (stores.data().map(list -> !list.isEmpty()).orElse(false)) {
                    return findings.pass(null, stores.data().get().get(0), "The organization event data store " + stores.data().get().get(0)
                            + " of CloudTrail Lake records the account and can be queried.", EvidenceBundle.ORGANIZATION).toList();
                }
                if (!stores.isCollected()) {
                    gaps.add("the organization's event data stores: " + stores.gap());
                }
                var lake = facts.get().securityLake();
                if (lake.data().isPresent()) {
                    var collecting = securityLakeSources(account, lake.data().get(), gaps);
                    if (collecting != null) {
                        return findings.pass(null, "Security Lake", collecting, EvidenceBundle.ORGANIZATION).toList();
                    }
                } else if (!lake.isCollected()) {
                    gaps.add("the organization's Security Lake: " + lake.gap());
                }
            }
        }
        var siem = Freshness.of(account, AttestedItem.SIEM, context);
        if (siem.fresh()) {
            return findings.pass(null, "SIEM", "Attested: " + siem.describe() + ".", EvidenceBundle.ATTESTATIONS).toList();
        }
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account", "No query store is confirmed and no SIEM is attested; could not read " + String.join("; ", gaps),
                    account.firstRef(LogQueryStores.TYPE)).toList();
        }
        return findings.fail(null, "account", "Logs cannot be queried: no CloudTrail Lake event data store, no Security Lake, and "
                + siem.describe() + ".", account.firstRef(LogQueryStores.TYPE)).toList();
    }
}
