package io.irready.checks.tagging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;

import java.util.List;

/**
 * IR-TAG-03: in every Region, the resources the Tagging API reports comply with the tag policies that apply
 * to the account. Non-compliant resources fail whatever else is unknown; where no tag policy applies there is
 * nothing to comply with; a resource without compliance details under an applicable policy is UNKNOWN.
 */
public final class TagComplianceCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    private static final int NAMED = 5;

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var policies = ApplicableTagPolicies.of(account);
        for (String region : account.regions()) {
            String ref = account.ref(TaggingEvidence.TYPE, region);
            String resource = "tag compliance in " + region;
            var resources = account.get(TaggingEvidence.TYPE, region).flatMap(TaggingEvidence::resources);
            if (resources.data().isEmpty()) {
                findings.unknown(region, resource, "The tagged resources could not be listed: " + resources.gap(), ref);
                continue;
            }
            List<String> failing = resources.data().get().stream().filter(r -> Boolean.FALSE.equals(r.compliant())).map(TaggedResource::arn).toList();
            if (!failing.isEmpty()) {
                findings.fail(region, resource, failing.size() + " resource" + (failing.size() == 1 ? " does" : "s do")
                        + " not comply with the tag policy: " + String.join(", ", failing.subList(0, Math.min(NAMED, failing.size())))
                        + (failing.size() > NAMED ? " and " + (failing.size() - NAMED) + " more" : "") + ".", ref);
                continue;
            }
            if (policies.data().isEmpty()) {
                findings.unknown(region, resource, "No resource is reported non-compliant, but the tag policies could not be read: " + policies.gap(), ref);
            } else if (policies.data().get().isEmpty()) {
                findings.notApplicable(region, resource, "No tag policy applies to the account.", ref);
            } else if (resources.data().get().isEmpty()) {
                findings.notApplicable(region, resource, "The Tagging API reports no resource in " + region + ".", ref);
            } else {
                long unreported = resources.data().get().stream().filter(r -> r.compliant() == null).count();
                if (unreported > 0) {
                    findings.unknown(region, resource, unreported + " resources have no compliance details from the Tagging API.", ref);
                } else {
                    findings.pass(region, resource, "All " + resources.data().get().size() + " resources comply with the tag policy.", ref);
                }
            }
        }
        return findings.toList();
    }
}
