package io.irready.checks.access;

import io.irready.checks.AccountCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.IamAccount;
import io.irready.services.organizations.OrganizationEvidence;


/**
 * IR-ACC-06: the root user has no access key, and either has MFA or the organization manages members' root
 * credentials centrally (RootCredentialsManagement), which removes the root password.
 */
public final class RootProtectedCheck extends AccountCheck<IamAccount> {

    static final String CENTRAL_ROOT = "RootCredentialsManagement";

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
            if (root.accessKeys() > 0) {
                return Verdict.fail("The root user has an access key; delete it.");
            }
            if (root.mfaEnabled()) {
                return Verdict.pass("The root user has MFA and no access key.");
            }
            if (!account.organization().inOrganization()) {
                return Verdict.fail("The root user has no MFA (and this run does not read whether the organization manages root credentials).");
            }
            var features = account.organization().organization().flatMap(OrganizationEvidence::iamOrganizationsFeatures);
            if (features.data().isEmpty()) {
                return Verdict.unknown("The root user has no MFA, and whether the organization manages root credentials centrally could not be "
                        + "read: " + features.gap());
            }
            boolean central = features.data().get().contains(CENTRAL_ROOT);
            boolean management = account.organization().organization().data().map(o -> account.accountId().equals(o.managementAccountId()))
                    .orElse(false);
            if (central && !management) {
                return Verdict.pass("The organization manages root credentials centrally and the root user has no access key.");
            }
            return Verdict.fail("The root user has no MFA" + (central ? "; the management account's root is not covered by central "
                    + "root management" : " and the organization does not manage root credentials centrally (" + String.join(", ",
                    features.data().get()) + ")") + ".");
        });
    }
}
