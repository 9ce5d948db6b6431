package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Listing;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.config.ConfigAggregators;
import io.irready.services.config.ConfigAggregators.Aggregator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IR-LOG-13: the account's configuration is aggregated centrally across all Regions: an organization-wide
 * aggregator (in the organization run's audited accounts), or an aggregator over accounts that lists this one.
 */
public final class ConfigAggregationCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        List<String> gaps = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, Evidence<ConfigAggregators>> entry : account.organization().shared(ConfigAggregators.TYPE).entrySet()) {
            String where = entry.getKey();
            Evidence<List<Aggregator>> aggregators = entry.getValue().flatMap(ConfigAggregators::aggregators);
            if (aggregators.data().isEmpty()) {
                gaps.add(where + ": " + aggregators.gap());
                continue;
            }
            for (Aggregator aggregator : aggregators.data().get()) {
                // An organization aggregator covers the organization's members, and in any case its own account.
                boolean coversAccount = aggregator.organization() && (account.organization().inOrganization() || where.startsWith(account.accountId()))
                        || aggregator.accountIds().contains(account.accountId());
                if (!coversAccount) {
                    continue;
                }
                String ref = ConfigAggregators.TYPE.ref(where.substring(0, 12), where.substring(13));
                if (aggregator.allRegions()) {
                    return findings.pass(null, "account", "Aggregator '" + aggregator.name() + "' in " + where + " aggregates the account's "
                            + "configuration from all Regions.", ref).toList();
                }
                partial.add("aggregator '" + aggregator.name() + "' in " + where + " covers only " + String.join(", ", aggregator.regions()));
            }
        }
        String ref = account.firstRef(ConfigAggregators.TYPE);
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account", "No aggregator is confirmed to cover the account; could not read " + Listing.few(gaps),
                    ref).toList();
        }
        return findings.fail(null, "account", partial.isEmpty()
                ? "No AWS Config aggregator in the audited accounts covers this account."
                : "No aggregator covers all Regions: " + Listing.few(partial) + ".", ref).toList();
    }
}
