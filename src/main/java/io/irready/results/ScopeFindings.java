package io.irready.results;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.SkippedAccount;
import io.irready.evidence.Target;
import io.irready.services.account.AccountRegions;

/** The findings that record what a run did not audit, with the reason: an account of the organization, or a requested Region of an account. */
public final class ScopeFindings {

    public static final String CHECK_ID = "IR-SCOPE";

    private ScopeFindings() {
    }

    public static Finding skipped(SkippedAccount account) {
        return new Finding(CHECK_ID, "Account is audited", null, Area.SCOPE, account.accountId(), account.accountName(),
                null, "account " + account.accountId(), Status.SKIPPED, "Not audited: " + account.reason() + ".",
                "data/scope.json", null);
    }

    /** A requested Region of an audited account that was not audited, once per account and Region. */
    public static Finding skipped(Target target, AccountRegions.RegionState region) {
        return new Finding(CHECK_ID, "Region is audited", null, Area.SCOPE, target.accountId(), target.accountName(), region.region(),
                "Region " + region.region(), Status.SKIPPED, "Not audited: " + region.reason() + ".",
                AccountRegions.TYPE.ref(target.accountId(), null), null);
    }
}
