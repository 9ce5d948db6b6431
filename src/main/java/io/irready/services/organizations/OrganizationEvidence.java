package io.irready.services.organizations;

import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.Trail;

import java.util.List;

/**
 * Facts of the AWS Organization, collected once from the management (or delegated-admin) account and
 * handed to every member's checks: organization trails as that account reads them (status and
 * selectors included), delegated administrators, and tag policies.
 */
public record OrganizationEvidence(String organizationId,
                                   String managementAccountId,
                                   String collectedInAccount,
                                   Evidence<List<Trail>> organizationTrails,
                                   Evidence<List<DelegatedAdministrator>> delegatedAdministrators,
                                   Evidence<List<TagPolicy>> tagPolicies) {

    /** A member account that administers services for the organization. */
    public record DelegatedAdministrator(String accountId, String name, Evidence<List<String>> servicePrincipals) {
    }

    /** A tag policy, its JSON content and the roots, OUs or accounts it is attached to. */
    public record TagPolicy(String id, String name, Evidence<String> content, Evidence<List<String>> targets) {
    }
}
