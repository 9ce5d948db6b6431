package io.irready.services.iam;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * Account-wide IAM facts: the root user's MFA and access keys (iam:GetAccountSummary), and the roles
 * AWSSupportAccess is attached to. Whether the organization manages root credentials centrally is an
 * organization fact.
 */
public record IamAccount(Evidence<RootUser> root, Evidence<List<String>> supportRoles) {

    public static final EvidenceType<IamAccount> TYPE = EvidenceType.perAccount("iam.account", IamAccount.class,
            "iam:GetAccountSummary", "iam:ListEntitiesForPolicy");

    public record RootUser(boolean mfaEnabled, int accessKeys) {
    }
}
