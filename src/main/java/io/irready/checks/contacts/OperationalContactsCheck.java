package io.irready.checks.contacts;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.account.AccountContacts;

import java.util.List;

/**
 * IR-PROC-02: the alternate operations and billing contacts are set like the security contact, and the
 * primary contact information (name, address, phone) is complete.
 */
public final class OperationalContactsCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(AccountContacts.TYPE, null);
        var settings = context.settings(ContactSettings.class);
        var contacts = account.get(AccountContacts.TYPE);
        findings.add(Verdict.given(contacts, "The account contacts", c -> ContactJudgement.judge("operations", c.operations(), settings)),
                null, "operations contact", ref);
        findings.add(Verdict.given(contacts, "The account contacts", c -> ContactJudgement.judge("billing", c.billing(), settings)),
                null, "billing contact", ref);
        findings.add(Verdict.given(contacts, "The account contacts", c -> Verdict.given(c.primaryComplete(), "The primary contact",
                complete -> Boolean.TRUE.equals(complete) ? Verdict.pass("The primary contact has a name, an address and a phone number.")
                        : Verdict.fail("The primary contact lacks a name, an address or a phone number."))), null, "primary contact", ref);
        return findings.toList();
    }
}
