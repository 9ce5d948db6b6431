package io.irready.checks.contacts;

import io.irready.checks.Verdict;
import io.irready.evidence.Evidence;
import io.irready.services.account.AccountContacts.Contact;

/** How an alternate contact is judged: set, with a qualifying e-mail address and a phone number. */
final class ContactJudgement {

    private ContactJudgement() {
    }

    static Verdict judge(String kind, Evidence<Contact> contact, ContactSettings settings) {
        return Verdict.given(contact, "The " + kind + " contact", c -> {
            if (c == null) {
                return Verdict.fail("No alternate " + kind + " contact is set.");
            }
            String problem = settings.problem(c.email());
            if (problem != null) {
                return Verdict.fail("The " + kind + " contact " + problem + ".");
            }
            if (!c.hasPhone()) {
                return Verdict.fail("The " + kind + " contact " + c.email() + " has no phone number.");
            }
            return Verdict.pass("The " + kind + " contact is " + c.name() + " <" + c.email() + "> with a phone number.");
        });
    }
}
