package io.irready.services.account;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

/**
 * The account's alternate contacts (null where none is set) and whether its primary contact information
 * is complete. Of a contact, the e-mail address is kept (checks judge its domain); the phone number only as
 * present or not.
 */
public record AccountContacts(Evidence<Contact> security, Evidence<Contact> operations, Evidence<Contact> billing,
                              Evidence<Boolean> primaryComplete) {

    public static final EvidenceType<AccountContacts> TYPE = EvidenceType.perAccount("account.contacts", AccountContacts.class,
            "account:GetAlternateContact", "account:GetContactInformation");

    public record Contact(String name, String email, boolean hasPhone) {
    }
}
