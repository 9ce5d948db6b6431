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
 * aggregator (in the organization run's audited accounts), or an aggregator over accounts that lists this one, whose
 * sources last aggregated without failure (DescribeConfigurationAggregatorSourcesStatus).
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
                if (!aggregator.allRegions()) {
                    partial.add("aggregator '" + aggregator.name() + "' in " + where + " covers only " + String.join(", ", aggregator.regions()));
                    continue;
                }
                String described = "aggregator '" + aggregator.name() + "' in " + where;
                if (aggregator.sources().data().isEmpty()) {
                    gaps.add("the sources of " + described + ": " + aggregator.sources().gap());
                    continue;
                }
                var sources = aggregator.sources().data().get().stream().filter(s -> aggregator.organization() ? "ORGANIZATION".equals(s.type())
                        : "ACCOUNT".equals(s.type()) && account.accountId().equals(s.sourceId())).toList();
                var failed = sources.stream().filter(s -> "FAILED".equals(s.status())).toList();
                if (!failed.isEmpty()) {
                    partial.add(described + " last failed to aggregate in " + Listing.few(failed.stream()
                            .map(s -> s.region() + (s.errorCode() == null ? "" : " (" + s.errorCode() + ")")).toList()));
                } else if (sources.stream().noneMatch(s -> "SUCCEEDED".equals(s.status()) || "OUTDATED".equals(s.status()))) {
                    gaps.add(described + ", which reports no aggregation of the account yet");
                } else {
                    return findings.pass(null, "account", "Aggregator '" + aggregator.name() + "' in " + where + " aggregates the account's "
                            + "configuration from all Regions, its sources' last aggregation succeeded.", ref).toList();
                }
            }
        }
        String ref = account.firstRef(ConfigAggregators.TYPE);
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account", "No aggregator is confirmed to aggregate the account; could not judge " + Listing.few(gaps),
                    ref).toList();
        }
        return findings.fail(null, "account", partial.isEmpty()
                ? "No AWS Config aggregator in the audited accounts covers this account."
                : "No aggregator aggregates the account from all Regions: " + Listing.few(partial) + ".", ref).toList();
    }
}
