package io.irready.services.account;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.account.AccountContacts.Contact;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContactType;
import software.amazon.awssdk.services.account.model.ResourceNotFoundException;

/** The account's own alternate contacts and primary contact information. "No such contact" is the fact "not set". */
public final class AccountContactsCollector implements Collector<AccountContacts> {

    @Override
    public EvidenceType<AccountContacts> type() {
        return AccountContacts.TYPE;
    }

    @Override
    public AccountContacts collect(AwsClients aws, CollectionContext context, String region) {
        AccountClient account = aws.global(AccountClient::builder);
        return new AccountContacts(contact(account, AlternateContactType.SECURITY), contact(account, AlternateContactType.OPERATIONS),
                contact(account, AlternateContactType.BILLING),
                AwsCalls.call("account:GetContactInformation", () -> {
                    var info = account.getContactInformation(r -> { }).contactInformation();
                    return info != null && notBlank(info.fullName()) && notBlank(info.phoneNumber()) && notBlank(info.addressLine1());
                }));
    }

    private static Evidence<Contact> contact(AccountClient account, AlternateContactType type) {
        return AwsCalls.call("account:GetAlternateContact", () -> {
            try {
                var contact = account.getAlternateContact(r -> r.alternateContactType(type)).alternateContact();
                return new Contact(contact.name(), contact.emailAddress(), notBlank(contact.phoneNumber()));
            } catch (ResourceNotFoundException notSet) {
                return null;
            }
        });
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
