package io.irready.services.iam;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * Account-wide IAM facts: the root user's credentials as this account's iam:GetAccountSummary counts them,
 * and the roles AWSSupportAccess is attached to. Whether the organization manages root credentials centrally is
 * an organization fact, which deletes nothing: each member's own summary says what its root still holds.
 */
public record IamAccount(Evidence<RootUser> root, Evidence<List<String>> supportRoles) {

    public static final EvidenceType<IamAccount> TYPE = EvidenceType.perAccount("iam.account", IamAccount.class,
            "iam:GetAccountSummary", "iam:ListEntitiesForPolicy");

    /**
     * The summary's AccountMFAEnabled, AccountAccessKeysPresent, AccountPasswordPresent and AccountSigningCertificatesPresent;
     * each is null when the summary does not hold its key (never taken for 0).
     */
    public record RootUser(Integer mfaEnabled, Integer accessKeys, Integer passwordPresent, Integer signingCertificates) {
    }
}
