package io.irready.services.organizations;

import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.Trail;

import java.util.List;

/**
 * Facts of the AWS Organization, collected once from the management (or delegated-admin) account and
 * handed to every member's checks: organization trails as that account reads them (status and
 * selectors included), its accounts, delegated administrators, tag policies, and the IAM features that
 * manage members' root credentials centrally.
 */
public record OrganizationEvidence(String organizationId,
                                   String managementAccountId,
                                   String collectedInAccount,
                                   Evidence<List<Trail>> organizationTrails,
                                   List<Account> accounts,
                                   Evidence<List<DelegatedAdministrator>> delegatedAdministrators,
                                   Evidence<List<TagPolicy>> tagPolicies,
                                   Evidence<List<String>> iamOrganizationsFeatures) {

    public OrganizationEvidence {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        iamOrganizationsFeatures = iamOrganizationsFeatures == null
                ? new Evidence.Failed<>("iam:ListOrganizationsFeatures", "not recorded by this irready version") : iamOrganizationsFeatures;
    }

    /** Every account of the organization as organizations:ListAccounts showed it, audited or not. */
    public record Account(String id, String name, String state, String ouPath) {
    }

    /** A member account that administers services for the organization. */
    public record DelegatedAdministrator(String accountId, String name, Evidence<List<String>> servicePrincipals) {
    }

    /** A tag policy, its JSON content and the roots, OUs or accounts it is attached to. */
    public record TagPolicy(String id, String name, Evidence<String> content, Evidence<List<String>> targets) {
    }
}
