package io.irready.checks.contacts;

import io.irready.checks.AccountCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.account.AccountContacts;

/**
 * IR-PROC-01: the account's alternate SECURITY contact is set, with a company (not personal) e-mail
 * address and a phone number: AWS sends abuse reports and security notices there.
 */
public final class SecurityContactCheck extends AccountCheck<AccountContacts> {

    @Override
    protected EvidenceType<AccountContacts> evidence() {
        return AccountContacts.TYPE;
    }

    @Override
    protected String resource() {
        return "security contact";
    }

    @Override
    protected Verdict judge(AccountContacts contacts, AccountEvidence account, CheckContext context) {
        return ContactJudgement.judge("security", contacts.security(), context.settings(ContactSettings.class));
    }
}
