package io.irready.results;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.SkippedAccount;

/** The finding that records an account of the organization as not audited, with the reason. */
public final class ScopeFindings {

    public static final String CHECK_ID = "IR-SCOPE";

    private ScopeFindings() {
    }

    public static Finding skipped(SkippedAccount account) {
        return new Finding(CHECK_ID, "Account is audited", null, Area.SCOPE, account.accountId(), account.accountName(),
                null, "account " + account.accountId(), Status.SKIPPED, "Not audited: " + account.reason() + ".",
                "data/scope.json", null);
    }
}
