package io.irready.checks.access;

import io.irready.checks.AccountCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.IamAccount;

/** IR-ACC-09: a role with the AWSSupportAccess policy exists, so responders can open support cases without root. */
public final class SupportRoleCheck extends AccountCheck<IamAccount> {

    @Override
    protected EvidenceType<IamAccount> evidence() {
        return IamAccount.TYPE;
    }

    @Override
    protected String resource() {
        return "AWS Support role";
    }

    @Override
    protected Verdict judge(IamAccount iam, AccountEvidence account, CheckContext context) {
        return Verdict.given(iam.supportRoles(), "The entities of AWSSupportAccess", roles -> roles.isEmpty()
                ? Verdict.fail("No role has the AWSSupportAccess policy.")
                : Verdict.pass("AWSSupportAccess is attached to " + String.join(", ", roles) + "."));
    }
}
