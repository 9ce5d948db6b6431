package io.irready.services.organizations;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.services.cloudtrail.TrailReader;
import io.irready.evidence.Evidence;
import io.irready.services.organizations.OrganizationEvidence.DelegatedAdministrator;
import io.irready.services.organizations.OrganizationEvidence.TagPolicy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.DelegatedService;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyTargetSummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;

import java.util.List;

/**
 * Reads the organization's facts once, with the caller's credentials in the management (or
 * delegated-admin) account: the organization trails as that account sees them, delegated
 * administrators, tag policies and central root-credentials management. Members' checks use them; members do not repeat these calls.
 */
public final class OrganizationCollector {

    private OrganizationCollector() {
    }

    public static OrganizationEvidence collect(AwsClients aws, String organizationId, String managementAccountId, String callerAccountId,
                                               List<OrganizationEvidence.Account> accounts, List<String> regions) {
        OrganizationsClient organizations = aws.global(OrganizationsClient::builder);
        Evidence<List<io.irready.services.cloudtrail.Trail>> trails = trails(aws, regions);
        Evidence<List<DelegatedAdministrator>> delegated = AwsCalls.call("organizations:ListDelegatedAdministrators",
                () -> organizations.listDelegatedAdministratorsPaginator(r -> { }).stream()
                        .flatMap(page -> page.delegatedAdministrators().stream()).toList())
                .map(admins -> admins.stream().map(admin -> new DelegatedAdministrator(admin.id(), admin.name(),
                        AwsCalls.call("organizations:ListDelegatedServicesForAccount", () -> organizations
                                .listDelegatedServicesForAccountPaginator(r -> r.accountId(admin.id())).stream()
                                .flatMap(page -> page.delegatedServices().stream())
                                .map(DelegatedService::servicePrincipal).toList()))).toList());
        Evidence<List<TagPolicy>> tagPolicies = AwsCalls.call("organizations:ListPolicies",
                () -> organizations.listPoliciesPaginator(r -> r.filter(PolicyType.TAG_POLICY)).stream()
                        .flatMap(page -> page.policies().stream()).toList())
                .map(policies -> policies.stream().map(policy -> tagPolicy(organizations, policy)).toList());
        // Answered only in the management account or the IAM delegated administrator: elsewhere it is a gap, not a "no".
        Evidence<List<String>> iamFeatures = AwsCalls.call("iam:ListOrganizationsFeatures",
                () -> aws.global(IamClient::builder).listOrganizationsFeatures(r -> { }).enabledFeaturesAsStrings());
        return new OrganizationEvidence(organizationId, managementAccountId, callerAccountId, trails, accounts, delegated, tagPolicies,
                iamFeatures);
    }

    /** Organization trails are homed in the management account; its DescribeTrails lists them in every Region. */
    private static Evidence<List<io.irready.services.cloudtrail.Trail>> trails(AwsClients aws, List<String> regions) {
        TrailReader.Listing listing = TrailReader.read(aws, regions, trail -> Boolean.TRUE.equals(trail.isOrganizationTrail()));
        boolean noRegionListed = listing.arnsByRegion().values().stream().allMatch(e -> e.data().isEmpty());
        if (noRegionListed && !listing.arnsByRegion().isEmpty()) {
            return listing.arnsByRegion().values().iterator().next().map(arns -> List.of());
        }
        return Evidence.collected(listing.trails());
    }

    private static TagPolicy tagPolicy(OrganizationsClient organizations, PolicySummary policy) {
        return new TagPolicy(policy.id(), policy.name(),
                AwsCalls.call("organizations:DescribePolicy", () -> organizations.describePolicy(r -> r.policyId(policy.id())).policy().content()),
                AwsCalls.call("organizations:ListTargetsForPolicy", () -> organizations.listTargetsForPolicyPaginator(r -> r.policyId(policy.id()))
                        .stream().flatMap(page -> page.targets().stream()).map(PolicyTargetSummary::targetId).toList()));
    }
}
