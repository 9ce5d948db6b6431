package io.irready.checks.access;

import io.irready.checks.AccountCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.IamAccount;
import io.irready.services.organizations.OrganizationEvidence;

import java.util.List;

/**
 * IR-ACC-06: the account's root user, as its own account summary counts its credentials, has no access key and no signing
 * certificate, and either no password or MFA. Managing root credentials centrally (RootCredentialsManagement) lets the
 * management account delete a member's root credentials; it deletes none by itself, so it never passes a member that still
 * has them. Whether privileged root actions (RootSessions) are on is said beside.
 */
public final class RootProtectedCheck extends AccountCheck<IamAccount> {

    static final String CENTRAL_ROOT = "RootCredentialsManagement";
    static final String ROOT_SESSIONS = "RootSessions";

    @Override
    protected EvidenceType<IamAccount> evidence() {
        return IamAccount.TYPE;
    }

    @Override
    protected String resource() {
        return "root user";
    }

    @Override
    protected Verdict judge(IamAccount iam, AccountEvidence account, CheckContext context) {
        return Verdict.given(iam.root(), "The account summary", root -> {
            String missing = missingKeys(root);
            if (root.accessKeys() != null && root.accessKeys() > 0) {
                return Verdict.fail("The root user has an access key; delete it" + central(account) + ".");
            }
            if (root.signingCertificates() != null && root.signingCertificates() > 0) {
                return Verdict.fail("The root user has a signing certificate; delete it" + central(account) + ".");
            }
            if (root.accessKeys() == null || root.signingCertificates() == null) {
                return Verdict.unknown("The account summary does not say " + missing + "; whether the root user holds credentials is not known.");
            }
            if (Integer.valueOf(1).equals(root.mfaEnabled())) {
                return Verdict.pass("The root user has MFA, no access key and no signing certificate" + central(account) + ".");
            }
            if (root.passwordPresent() == null || root.mfaEnabled() == null) {
                return Verdict.unknown("The root user has no access key or signing certificate, but the account summary does not say " + missing
                        + "; whether it can sign in without MFA is not known.");
            }
            if (root.passwordPresent() == 0) {
                return Verdict.pass("The root user has no password, access key or signing certificate: it cannot sign in" + central(account) + ".");
            }
            return Verdict.fail("The root user has a password and no MFA" + central(account)
                    + ". Give it MFA, or delete its credentials (IAM > Root access management > the account > Delete root user credentials).");
        });
    }

    private static String missingKeys(IamAccount.RootUser root) {
        List<String> missing = new java.util.ArrayList<>();
        if (root.mfaEnabled() == null) {
            missing.add("AccountMFAEnabled");
        }
        if (root.accessKeys() == null) {
            missing.add("AccountAccessKeysPresent");
        }
        if (root.passwordPresent() == null) {
            missing.add("AccountPasswordPresent");
        }
        if (root.signingCertificates() == null) {
            missing.add("AccountSigningCertificatesPresent");
        }
        return String.join(", ", missing);
    }

    /** What the organization's central root access does here: told, never taken for this account's state. */
    private static String central(AccountEvidence account) {
        if (!account.organization().inOrganization()) {
            return "";
        }
        var organization = account.organization().organization();
        var features = organization.flatMap(OrganizationEvidence::iamOrganizationsFeatures);
        if (!features.isCollected()) {
            return "; whether the organization manages root access centrally could not be read (" + features.gap() + ")";
        }
        boolean management = organization.data().map(o -> account.accountId().equals(o.managementAccountId())).orElse(false);
        List<String> on = features.data().orElse(List.of());
        String sessions = on.contains(ROOT_SESSIONS) ? "privileged root actions (RootSessions) are on" : "privileged root actions (RootSessions) are off";
        if (management) {
            return "; central root access does not cover the management account's root (" + sessions + ")";
        }
        return on.contains(CENTRAL_ROOT) ? "; the organization manages root credentials centrally, and " + sessions
                : "; the organization does not manage root credentials centrally, and " + sessions;
    }
}
