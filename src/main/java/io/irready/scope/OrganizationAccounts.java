package io.irready.scope;

import io.irready.aws.AwsClients;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountState;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.Root;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization's accounts (organizations:ListAccounts) placed in its tree: walking from the root
 * through every OU gives each account its OU path ("Root/Workloads/Prod") and the ids of the OUs above
 * it, in a number of calls that grows with the OUs, not with the accounts.
 */
final class OrganizationAccounts {

    /** One account: {@code ouIds} are the root's and every enclosing OU's id, outermost first. */
    record Member(String id, String name, String state, String ouPath, List<String> ouIds) {
        boolean active() {
            return "ACTIVE".equals(state);
        }
    }

    private record Placement(String path, List<String> ids) {
    }

    private OrganizationAccounts() {
    }

    static List<Member> list(AwsClients aws) {
        OrganizationsClient organizations = aws.global(OrganizationsClient::builder);
        Map<String, Placement> placements = new HashMap<>();
        Deque<Map.Entry<String, Placement>> parents = new ArrayDeque<>();
        for (Root root : organizations.listRootsPaginator(r -> { }).stream().flatMap(page -> page.roots().stream()).toList()) {
            parents.add(Map.entry(root.id(), new Placement(root.name(), List.of(root.id()))));
        }
        while (!parents.isEmpty()) {
            var parent = parents.poll();
            Placement here = parent.getValue();
            for (Account account : organizations.listAccountsForParentPaginator(r -> r.parentId(parent.getKey())).stream()
                    .flatMap(page -> page.accounts().stream()).toList()) {
                placements.put(account.id(), here);
            }
            for (OrganizationalUnit ou : organizations.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parent.getKey()))
                    .stream().flatMap(page -> page.organizationalUnits().stream()).toList()) {
                List<String> ids = new ArrayList<>(here.ids());
                ids.add(ou.id());
                parents.add(Map.entry(ou.id(), new Placement(here.path() + "/" + ou.name(), ids)));
            }
        }
        List<Member> members = new ArrayList<>();
        for (Account account : organizations.listAccountsPaginator(r -> { }).stream().flatMap(page -> page.accounts().stream()).toList()) {
            Placement placement = placements.getOrDefault(account.id(), new Placement("", List.of()));
            members.add(new Member(account.id(), account.name(), state(account), placement.path(), placement.ids()));
        }
        return members;
    }

    /**
     * The account's state. {@code State} supersedes {@code Status}; older endpoints send only the
     * latter. A value this SDK does not know is kept as the raw text.
     */
    private static String state(Account account) {
        if (account.state() != null && account.state() != AccountState.UNKNOWN_TO_SDK_VERSION) {
            return account.state().toString();
        }
        if (account.stateAsString() != null) {
            return account.stateAsString();
        }
        return account.status() == null || account.status() == AccountStatus.UNKNOWN_TO_SDK_VERSION
                ? String.valueOf(account.statusAsString()) : account.status().toString();
    }
}
