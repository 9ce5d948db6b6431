package io.irready.checks;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.organizations.OrganizationEvidence.DelegatedAdministrator;

import java.util.List;
import java.util.Optional;

/**
 * The organization facts as checks ask for them. Outside an organization run the facts were never read,
 * which is a gap (UNKNOWN), not a "no": the account may well belong to an organization.
 */
public final class OrganizationView {

    private OrganizationView() {
    }

    /** The organization's evidence, or a gap saying why it is missing. */
    public static Evidence<OrganizationEvidence> of(AccountEvidence account) {
        if (!account.organization().inOrganization()) {
            return new Evidence.Failed<>("organizations", "this run does not read the AWS Organization (irready.scope.source is not "
                    + "organization), so organization-wide facts are unknown");
        }
        return account.organization().organization();
    }

    /** The account administering a service for the organization, from its delegated administrators. */
    public static Evidence<Optional<String>> delegatedAdministrator(AccountEvidence account, String servicePrincipal) {
        return of(account).flatMap(OrganizationEvidence::delegatedAdministrators).flatMap(admins -> {
            Evidence<Optional<String>> found = Evidence.collected(Optional.empty());
            for (DelegatedAdministrator admin : admins) {
                if (admin.servicePrincipals().data().map(services -> services.contains(servicePrincipal)).orElse(false)) {
                    return Evidence.collected(Optional.of(admin.accountId()));
                }
                if (admin.servicePrincipals().data().isEmpty()) {
                    found = new Evidence.Failed<>("organizations:ListDelegatedServicesForAccount",
                            "the services delegated to " + admin.accountId() + " could not be read: " + admin.servicePrincipals().gap());
                }
            }
            return found;
        });
    }

    /** The accounts of the organization a role names (by id or name pattern). */
    public static Evidence<List<OrganizationEvidence.Account>> accounts(AccountEvidence account, OrganizationAccountsSettings.Role role) {
        return of(account).map(organization -> role.find(organization.accounts()));
    }
}
