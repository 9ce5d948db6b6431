package io.irready.checks.tagging;

import io.irready.checks.OrganizationView;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.organizations.OrganizationEvidence.TagPolicy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The organization's tag policies that apply to an account: attached to its root, an enclosing OU or the
 * account itself. A gap when the policies, or the targets of one, could not be read.
 */
final class ApplicableTagPolicies {

    private ApplicableTagPolicies() {
    }

    static Evidence<List<TagPolicy>> of(AccountEvidence account) {
        Set<String> targets = new HashSet<>(account.target().ouIds());
        targets.add(account.accountId());
        return OrganizationView.of(account).flatMap(OrganizationEvidence::tagPolicies).flatMap(policies -> {
            List<TagPolicy> applicable = new ArrayList<>();
            for (TagPolicy policy : policies) {
                if (policy.targets().data().isEmpty()) {
                    return new Evidence.Failed<List<TagPolicy>>("organizations:ListTargetsForPolicy",
                            "the targets of tag policy " + policy.name() + " could not be read: " + policy.targets().gap());
                }
                if (policy.targets().data().get().stream().anyMatch(targets::contains)) {
                    applicable.add(policy);
                }
            }
            return Evidence.collected(List.copyOf(applicable));
        });
    }
}
