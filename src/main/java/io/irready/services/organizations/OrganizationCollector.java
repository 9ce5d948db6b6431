package io.irready.services.organizations;

import io.irready.aws.AuditRoleSessions;
import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.evidence.Evidence;
import io.irready.services.account.AccountRegionsReader;
import io.irready.services.cloudtrail.EventDataStores;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailReader;
import io.irready.services.organizations.OrganizationEvidence.DelegatedAdministrator;
import io.irready.services.organizations.OrganizationEvidence.TagPolicy;
import io.irready.services.securitylake.OrganizationSecurityLake;
import io.irready.services.sso.IdentityCenter;
import io.irready.services.sso.IdentityCenterCollector;
import io.irready.services.sso.IdentityCenterHome;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.DelegatedService;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyTargetSummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.securitylake.SecurityLakeClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the organization's facts once, with the caller's credentials in the management (or delegated-admin)
 * account, each where it lives: organization trails as the caller's DescribeTrails lists them, their status and
 * selectors read by ARN in their home Region where the caller may read them, else through the audit role of the
 * trail's owner, then of the CloudTrail delegated administrator; delegated administrators, tag policies and central
 * root-credentials management; Identity Center in its home Region, whichever it is; CloudTrail Lake organization event
 * data stores, and Security Lake as its delegated administrator runs it. Members' checks use them; members do not
 * repeat these calls.
 */
public final class OrganizationCollector {

    /**
     * The reads these facts make besides the organization's own API, in the caller's account or through another account's
     * audit role: they belong to the audit policy.
     */
    public static final List<String> AUDIT_ACTIONS = List.of("account:ListRegions", "ec2:DescribeRegions", "cloudtrail:DescribeTrails",
            "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors", "cloudtrail:ListEventDataStores", "cloudtrail:GetEventDataStore",
            "sso:ListInstances", "sso:ListPermissionSets", "sso:DescribePermissionSet", "sso:ListAccountsForProvisionedPermissionSet",
            "securitylake:ListDataLakes", "securitylake:ListLogSources");

    static final String CLOUDTRAIL = "cloudtrail.amazonaws.com";
    static final String SECURITY_LAKE = "securitylake.amazonaws.com";

    private OrganizationCollector() {
    }

    /** @param regions the Regions audited; empty for every Region the caller's account has enabled */
    public static OrganizationEvidence collect(AwsClients aws, AuditRoleSessions auditRoles, String organizationId, String managementAccountId,
                                               String callerAccountId, List<OrganizationEvidence.Account> accounts, List<String> regions) {
        OrganizationsClient organizations = aws.global(OrganizationsClient::builder);
        // The caller's enabled Regions among those audited: a Region its account has not enabled holds none of its trails or stores.
        Evidence<List<String>> enabled = AccountRegionsReader.enabledRegions(aws);
        List<String> where = regions.isEmpty()
                ? enabled.data().orElse(List.copyOf(new TreeSet<>(aws.partition().defaultRegions())))
                : enabled.data().map(list -> regions.stream().filter(list::contains).toList()).orElse(regions);
        Evidence<List<DelegatedAdministrator>> delegated = AwsCalls.call("organizations:ListDelegatedAdministrators",
                () -> organizations.listDelegatedAdministratorsPaginator(r -> { }).stream()
                        .flatMap(page -> page.delegatedAdministrators().stream()).toList())
                .map(admins -> admins.stream().map(admin -> new DelegatedAdministrator(admin.id(), admin.name(),
                        AwsCalls.call("organizations:ListDelegatedServicesForAccount", () -> organizations
                                .listDelegatedServicesForAccountPaginator(r -> r.accountId(admin.id())).stream()
                                .flatMap(page -> page.delegatedServices().stream())
                                .map(DelegatedService::servicePrincipal).toList()))).toList());
        Evidence<List<Trail>> trails = trails(aws, auditRoles, where, callerAccountId,
                OrganizationEvidence.administratorOf(delegated, CLOUDTRAIL).orElse(null));
        Evidence<List<TagPolicy>> tagPolicies = AwsCalls.call("organizations:ListPolicies",
                () -> organizations.listPoliciesPaginator(r -> r.filter(PolicyType.TAG_POLICY)).stream()
                        .flatMap(page -> page.policies().stream()).toList())
                .map(policies -> policies.stream().map(policy -> tagPolicy(organizations, policy)).toList());
        // Answered only in the management account or the IAM delegated administrator: elsewhere it is a gap, not a "no".
        Evidence<List<String>> iamFeatures = AwsCalls.call("iam:ListOrganizationsFeatures",
                () -> aws.global(IamClient::builder).listOrganizationsFeatures(r -> { }).enabledFeaturesAsStrings());
        return new OrganizationEvidence(organizationId, managementAccountId, callerAccountId, trails, accounts, delegated, tagPolicies,
                iamFeatures, identityCenter(aws, auditRoles, callerAccountId, managementAccountId),
                organizationEventDataStores(aws, where),
                securityLake(aws, auditRoles, callerAccountId, OrganizationEvidence.administratorOf(delegated, SECURITY_LAKE).orElse(null), where));
    }

    /**
     * Organization trails as the caller's DescribeTrails lists them (AWS shows them to every member), their details read
     * where they can be: by the caller, else through the owner's audit role, else through the CloudTrail delegated administrator's.
     */
    private static Evidence<List<Trail>> trails(AwsClients aws, AuditRoleSessions auditRoles, List<String> regions, String caller,
                                                String cloudTrailAdministrator) {
        TrailReader.Listing listing = TrailReader.read(aws, regions, trail -> Boolean.TRUE.equals(trail.isOrganizationTrail()));
        boolean noRegionListed = listing.arnsByRegion().values().stream().allMatch(e -> e.data().isEmpty());
        if (noRegionListed && !listing.arnsByRegion().isEmpty()) {
            return listing.arnsByRegion().values().iterator().next().map(arns -> List.of());
        }
        List<Trail> trails = new ArrayList<>();
        for (Trail trail : listing.trails()) {
            trails.add(readableDetails(trail, auditRoles, caller, cloudTrailAdministrator));
        }
        return Evidence.collected(trails);
    }

    private static Trail readableDetails(Trail trail, AuditRoleSessions auditRoles, String caller, String cloudTrailAdministrator) {
        if (trail.status().isCollected() && trail.selectors().isCollected()) {
            return trail;
        }
        String owner = trail.ownerAccountId();
        List<String> tried = new ArrayList<>(List.of("account " + caller + " (where irready runs): " + unread(trail)));
        Set<String> others = new LinkedHashSet<>();
        if (owner != null) {
            others.add(owner);
        }
        if (cloudTrailAdministrator != null) {
            others.add(cloudTrailAdministrator);
        }
        others.remove(caller);
        for (String account : others) {
            Trail read;
            try (AwsClients there = auditRoles.in(account)) {
                there.resolveCredentials();
                read = there.run(() -> TrailReader.readDetails(there, trail));
            } catch (SdkException e) {
                tried.add("account " + account + ", whose audit role could not be assumed (" + e.getMessage() + ")");
                continue;
            }
            if (read.status().isCollected() && read.selectors().isCollected()) {
                return read;
            }
            tried.add("the audit role of account " + account + (account.equals(owner) ? ", which owns the trail" : ", the CloudTrail delegated "
                    + "administrator") + ": " + unread(read));
        }
        String detail = "the organization trail's settings could not be read in " + String.join("; nor in ", tried)
                + (owner == null ? "" : ". Deploy the audit role in its owner, account " + owner + " (deploy/cloudformation/irready-audit-role.yml"
                + " for the management account)");
        return trail.withDetails(trail.status().isCollected() ? trail.status() : new Evidence.Failed<>("cloudtrail:GetTrailStatus", detail),
                trail.selectors().isCollected() ? trail.selectors() : new Evidence.Failed<>("cloudtrail:GetEventSelectors", detail));
    }

    private static String unread(Trail trail) {
        return !trail.status().isCollected() ? trail.status().gap() : trail.selectors().gap();
    }

    /** Identity Center lives in one Region of the management account (or its delegated administrator): every enabled Region is asked. */
    private static Evidence<IdentityCenterHome> identityCenter(AwsClients aws, AuditRoleSessions auditRoles, String caller, String management) {
        Evidence<IdentityCenterHome> found = findIdentityCenter(aws, caller);
        if (found.data().isPresent() || management.equals(caller)) {
            return found;
        }
        try (AwsClients there = auditRoles.in(management)) {
            there.resolveCredentials();
            return there.run(() -> findIdentityCenter(there, management));
        } catch (SdkException e) {
            return new Evidence.Failed<>("sso:ListInstances", "account " + caller + " (where irready runs) shows no Identity Center instance, "
                    + "and the management account " + management + ", which holds the organization's, could not be read: its audit role could "
                    + "not be assumed (" + e.getMessage() + ")");
        }
    }

    private static Evidence<IdentityCenterHome> findIdentityCenter(AwsClients aws, String account) {
        Evidence<List<String>> regions = AccountRegionsReader.enabledRegions(aws);
        List<String> gaps = new ArrayList<>();
        for (String region : regions.data().orElse(List.copyOf(new TreeSet<>(aws.partition().defaultRegions())))) {
            IdentityCenter here = IdentityCenterCollector.read(aws, region);
            if (here.instances().data().map(list -> !list.isEmpty()).orElse(false)) {
                return Evidence.collected(new IdentityCenterHome(region, account, here));
            }
            if (!here.instances().isCollected() && !here.instances().notOffered()) {
                gaps.add(region + ": " + here.instances().gap());
            }
        }
        if (!gaps.isEmpty()) {
            return new Evidence.Failed<>("sso:ListInstances", "no Region of account " + account + " showed an Identity Center instance, and "
                    + gaps.size() + " could not be asked (" + gaps.get(0) + ")");
        }
        return Evidence.collected(null);
    }

    /** The ENABLED organization event data stores of CloudTrail Lake (GetEventDataStore says whether a store is the organization's). */
    private static Evidence<List<String>> organizationEventDataStores(AwsClients aws, List<String> regions) {
        List<String> stores = new ArrayList<>();
        for (String region : regions) {
            CloudTrailClient cloudTrail = aws.client(CloudTrailClient::builder, region);
            Evidence<List<String>> organizational = EventDataStores.matching(cloudTrail, store -> store.organizationEnabled() && store.queryable());
            if (organizational.notOffered()) {
                continue;
            }
            if (!organizational.isCollected()) {
                return organizational;
            }
            stores.addAll(organizational.data().orElse(List.of()));
        }
        return Evidence.collected(stores);
    }

    /** Security Lake as its delegated administrator runs it: read there (the caller's own account, or through its audit role). */
    private static Evidence<OrganizationSecurityLake> securityLake(AwsClients aws, AuditRoleSessions auditRoles, String caller, String administrator,
                                                                   List<String> regions) {
        if (administrator == null) {
            return Evidence.collected(null);
        }
        if (administrator.equals(caller)) {
            return Evidence.collected(readSecurityLake(aws, administrator, regions));
        }
        try (AwsClients there = auditRoles.in(administrator)) {
            there.resolveCredentials();
            return Evidence.collected(there.run(() -> readSecurityLake(there, administrator, regions)));
        } catch (SdkException e) {
            return new Evidence.Failed<>("securitylake:ListDataLakes", "the Security Lake delegated administrator " + administrator
                    + " could not be read through its audit role: " + e.getMessage());
        }
    }

    private static OrganizationSecurityLake readSecurityLake(AwsClients aws, String administrator, List<String> regions) {
        List<String> lakes = new ArrayList<>();
        Evidence<List<String>> lakeRegions = null;
        for (String region : regions) {
            Evidence<Boolean> lake = AwsCalls.call("securitylake:ListDataLakes", () -> aws.client(SecurityLakeClient::builder, region)
                    .listDataLakes(r -> r.regions(region)).dataLakes().stream().anyMatch(l -> "COMPLETED".equals(l.createStatusAsString())));
            if (!lake.isCollected() && !lake.notOffered()) {
                lakeRegions = lake.map(x -> null);
                break;
            }
            if (lake.data().orElse(false)) {
                lakes.add(region);
            }
        }
        if (lakeRegions == null) {
            lakeRegions = Evidence.collected(List.copyOf(lakes));
        }
        Evidence<List<String>> sources = lakes.isEmpty() ? Evidence.collected(List.of()) : AwsCalls.call("securitylake:ListLogSources",
                () -> aws.client(SecurityLakeClient::builder, lakes.get(0)).listLogSourcesPaginator(r -> r.regions(lakes)).stream()
                        .flatMap(page -> page.sources().stream()).filter(source -> source.hasSources() && !source.sources().isEmpty())
                        .map(source -> source.account() + "/" + source.region()).distinct().toList());
        return new OrganizationSecurityLake(administrator, lakeRegions, sources);
    }

    private static TagPolicy tagPolicy(OrganizationsClient organizations, PolicySummary policy) {
        return new TagPolicy(policy.id(), policy.name(),
                AwsCalls.call("organizations:DescribePolicy", () -> organizations.describePolicy(r -> r.policyId(policy.id())).policy().content()),
                AwsCalls.call("organizations:ListTargetsForPolicy", () -> organizations.listTargetsForPolicyPaginator(r -> r.policyId(policy.id()))
                        .stream().flatMap(page -> page.targets().stream()).map(PolicyTargetSummary::targetId).toList()));
    }
}
