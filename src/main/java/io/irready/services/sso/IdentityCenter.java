package io.irready.services.sso;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * IAM Identity Center in one Region: its instance (in the management or delegated-admin account) with
 * the permission sets and the accounts each is provisioned to. Shared: members are judged by it.
 */
public record IdentityCenter(Evidence<List<Instance>> instances) {

    public static final EvidenceType<IdentityCenter> TYPE = EvidenceType.perRegion("sso.permission-sets", IdentityCenter.class,
            "sso:ListInstances", "sso:ListPermissionSets", "sso:DescribePermissionSet", "sso:ListAccountsForProvisionedPermissionSet").shared();

    public record Instance(String arn, Evidence<List<PermissionSet>> permissionSets) {
    }

    public record PermissionSet(String arn, String name, Evidence<List<String>> accounts) {
    }
}
