package io.irready.services.organizations;

import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.securitylake.OrganizationSecurityLake;
import io.irready.services.sso.IdentityCenterHome;

import java.util.List;

/**
 * Facts of the AWS Organization, collected once from the management (or delegated-admin) account and
 * handed to every member's checks: organization trails (their status and selectors read in the account
 * that may read them: where irready runs, else the trail's owner or the CloudTrail delegated administrator),
 * its accounts, delegated administrators, tag policies, the IAM features that manage members' root
 * credentials centrally, Identity Center in its home Region, and the organization's log query stores
 * (CloudTrail Lake organization event data stores, Security Lake in its delegated administrator).
 * A fact an older irready did not record reads as a gap saying so.
 */
public record OrganizationEvidence(String organizationId,
                                   String managementAccountId,
                                   String collectedInAccount,
                                   Evidence<List<Trail>> organizationTrails,
                                   List<Account> accounts,
                                   Evidence<List<DelegatedAdministrator>> delegatedAdministrators,
                                   Evidence<List<TagPolicy>> tagPolicies,
                                   Evidence<List<String>> iamOrganizationsFeatures,
                                   Evidence<IdentityCenterHome> identityCenter,
                                   Evidence<List<String>> organizationEventDataStores,
                                   Evidence<OrganizationSecurityLake> securityLake) {

    public OrganizationEvidence {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        iamOrganizationsFeatures = recorded(iamOrganizationsFeatures, "iam:ListOrganizationsFeatures");
        identityCenter = recorded(identityCenter, "sso:ListInstances");
        organizationEventDataStores = recorded(organizationEventDataStores, "cloudtrail:ListEventDataStores");
        securityLake = recorded(securityLake, "securitylake:ListLogSources");
    }

    /** The facts without Identity Center and the log query stores, which read as not recorded. */
    public OrganizationEvidence(String organizationId, String managementAccountId, String collectedInAccount, Evidence<List<Trail>> organizationTrails,
                                List<Account> accounts, Evidence<List<DelegatedAdministrator>> delegatedAdministrators,
                                Evidence<List<TagPolicy>> tagPolicies, Evidence<List<String>> iamOrganizationsFeatures) {
        this(organizationId, managementAccountId, collectedInAccount, organizationTrails, accounts, delegatedAdministrators, tagPolicies,
                iamOrganizationsFeatures, null, null, null);
    }

    /** The delegated administrator of {@code servicePrincipal}, if the list could be read and names one. */
    public static java.util.Optional<String> administratorOf(Evidence<List<DelegatedAdministrator>> administrators, String servicePrincipal) {
        return administrators.data().orElse(List.of()).stream()
                .filter(admin -> admin.servicePrincipals().data().map(p -> p.contains(servicePrincipal)).orElse(false))
                .map(DelegatedAdministrator::accountId).findFirst();
    }

    private static <T> Evidence<T> recorded(Evidence<T> evidence, String action) {
        return evidence == null ? new Evidence.Failed<>(action, "not recorded by this irready version") : evidence;
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
