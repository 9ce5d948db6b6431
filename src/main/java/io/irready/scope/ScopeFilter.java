package io.irready.scope;

import io.irready.settings.IrreadyProperties;

import java.util.List;

/**
 * The configured narrowing of an organization: include-ous (an account must sit in one of them, at any
 * depth), exclude-ous and exclude-accounts. An OU is named by its id (ou-..., or the root r-...) or by
 * its path of names from the root ("Root/Workloads").
 */
final class ScopeFilter {

    private final IrreadyProperties.ScopeSettings settings;

    ScopeFilter(IrreadyProperties.ScopeSettings settings) {
        this.settings = settings;
    }

    /** Why the account is left out, naming the setting; null when it is audited. */
    String exclusion(String accountId, String ouPath, List<String> ouIds) {
        if (settings.excludeAccounts().contains(accountId)) {
            return "excluded by irready.scope.exclude-accounts";
        }
        for (String ou : settings.excludeOus()) {
            if (within(ou, ouPath, ouIds)) {
                return "excluded by irready.scope.exclude-ous (" + ou + ")";
            }
        }
        if (!settings.includeOus().isEmpty() && settings.includeOus().stream().noneMatch(ou -> within(ou, ouPath, ouIds))) {
            return "not in the OUs of irready.scope.include-ous";
        }
        return null;
    }

    private static boolean within(String ou, String ouPath, List<String> ouIds) {
        return ouIds.contains(ou) || ouPath.equals(ou) || ouPath.startsWith(ou + "/");
    }
}
