package io.irready.it;

import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.organizations.model.PolicyType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds moto with an AWS Organization: the management account (ready, with a logging, validated,
 * multi-Region organization trail), OUs Security and Workloads/Prod, and members: two ready ones, one
 * with its own misconfigured resources, one whose audit role cannot be assumed (the test's proxy
 * refuses it), and one closed (SUSPENDED); a delegated administrator and a tag policy on the root.
 * Account ids are read from moto, never assumed.
 */
public final class OrganizationScenario {

    public static final String ORGANIZATION_TRAIL = "org-trail";
    public static final String ORGANIZATION_BUCKET = "org-trail-logs";

    private final AwsScenario management;
    /** Member name to account id. */
    private final Map<String, String> members = new LinkedHashMap<>();
    private final Map<String, String> ous = new LinkedHashMap<>();

    public OrganizationScenario(String endpoint) {
        this.management = new AwsScenario(endpoint);
    }

    public OrganizationScenario seed() {
        try (OrganizationsClient organizations = management.client(OrganizationsClient.builder(), "us-east-1")) {
            organizations.createOrganization(o -> o.featureSet(OrganizationFeatureSet.ALL));
            String root = organizations.listRoots(r -> { }).roots().get(0).id();
            ous.put("Security", organizations.createOrganizationalUnit(o -> o.parentId(root).name("Security")).organizationalUnit().id());
            ous.put("Workloads", organizations.createOrganizationalUnit(o -> o.parentId(root).name("Workloads")).organizationalUnit().id());
            ous.put("Prod", organizations.createOrganizationalUnit(o -> o.parentId(ous.get("Workloads")).name("Prod")).organizationalUnit().id());
            member(organizations, root, "security-tooling", "Security");
            member(organizations, root, "prod-app", "Prod");
            member(organizations, root, "dev-app", "Workloads");
            member(organizations, root, "no-audit-role", "Workloads");
            member(organizations, root, "retired", "Workloads");
            organizations.closeAccount(c -> c.accountId(members.get("retired")));
            organizations.registerDelegatedAdministrator(r -> r.accountId(members.get("security-tooling")).servicePrincipal("guardduty.amazonaws.com"));
            organizations.enablePolicyType(e -> e.rootId(root).policyType(PolicyType.TAG_POLICY));
            String tagPolicy = organizations.createPolicy(p -> p.name("ir-tags").type(PolicyType.TAG_POLICY).description("IR tag keys")
                    .content("{\"tags\":{\"Owner\":{\"tag_key\":{\"@@assign\":\"Owner\"}}}}")).policy().policySummary().id();
            organizations.attachPolicy(a -> a.policyId(tagPolicy).targetId(root));
        }
        management.trailBucket(ORGANIZATION_BUCKET);
        try (CloudTrailClient cloudTrail = management.client(CloudTrailClient.builder(), AwsScenario.REGIONS.get(0))) {
            cloudTrail.createTrail(t -> t.name(ORGANIZATION_TRAIL).s3BucketName(ORGANIZATION_BUCKET).isMultiRegionTrail(true)
                    .isOrganizationTrail(true).includeGlobalServiceEvents(true).enableLogFileValidation(true));
            cloudTrail.putEventSelectors(e -> e.trailName(ORGANIZATION_TRAIL)
                    .eventSelectors(s -> s.readWriteType(ReadWriteType.ALL).includeManagementEvents(true)));
            cloudTrail.startLogging(l -> l.name(ORGANIZATION_TRAIL));
        }
        management.readyWorkloads();
        for (String name : new String[] {"security-tooling", "prod-app", "dev-app", "no-audit-role"}) {
            management.inAccount(members.get(name)).readyWorkloads();
        }
        AwsScenario dev = management.inAccount(members.get("dev-app"));
        dev.shortenLogRetention("eu-west-1");
        dev.deleteInvestigatorRole();
        return this;
    }

    private void member(OrganizationsClient organizations, String root, String name, String ou) {
        var status = organizations.createAccount(a -> a.accountName(name).email(name + "@example.com")).createAccountStatus();
        if (status.state() != CreateAccountState.SUCCEEDED) {
            throw new IllegalStateException("moto did not create account " + name + ": " + status);
        }
        String id = status.accountId();
        organizations.moveAccount(m -> m.accountId(id).sourceParentId(root).destinationParentId(ous.get(ou)));
        members.put(name, id);
    }

    /** The management account's seeding, which can reach every member through {@link AwsScenario#inAccount}. */
    public AwsScenario management() {
        return management;
    }

    public String account(String name) {
        return members.get(name);
    }

    public String ou(String name) {
        return ous.get(name);
    }
}
