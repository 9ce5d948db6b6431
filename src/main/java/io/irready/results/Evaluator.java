package io.irready.results;

import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.services.account.AccountRegions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check on one account's evidence. A check that throws yields UNKNOWN, never silence. A requested Region
 * that was not audited gets one SKIPPED finding with its reason, and one more for each regional check.
 */
public final class Evaluator {

    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);

    private final List<Check> checks;

    public Evaluator(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        if (account.access().data().isEmpty()) {
            // Organization facts would still judge a few checks, but an account nobody could read is reported as not audited, whole.
            String ref = EvidenceBundle.accessRef(account.accountId());
            checks.forEach(check -> findings.add(unknown(check, account, "Not audited: " + account.access().gap(), ref)));
            return findings;
        }
        List<AccountRegions.RegionState> skippedRegions = account.skippedRegions();
        skippedRegions.forEach(region -> findings.add(ScopeFindings.skipped(account.target(), region)));
        for (Check check : checks) {
            account.takeRefsRead();
            if (check.regional()) {
                skippedRegions.forEach(region -> findings.add(skipped(check, account, region)));
            }
            try {
                findings.addAll(check.evaluate(account, context));
            } catch (RuntimeException e) {
                // Evidence of a shape the check does not expect (a bundle is outside input): UNKNOWN naming the files it read.
                List<String> files = account.takeRefsRead();
                String where = files.isEmpty() ? "its evidence" : String.join(", ", files);
                String what = e instanceof NullPointerException ? "a value it needs is missing (null)" : "a value has an unexpected shape";
                log.warn("Check {} could not judge account {}: {} in {}", check.metadata().id(), account.target().accountId(), what, where);
                log.debug("Check {} failed", check.metadata().id(), e);
                findings.add(unknown(check, account, "The check could not judge " + where + ": " + what + ".", files.isEmpty() ? "" : files.get(0)));
            }
        }
        return findings;
    }

    /** A regional check's finding for a Region that was not audited: neither a pass nor a gap. */
    private static Finding skipped(Check check, AccountEvidence account, AccountRegions.RegionState region) {
        var m = check.metadata();
        return new Finding(m.id(), m.title(), m.severity(), m.area(), account.target().accountId(), account.target().accountName(),
                region.region(), "Region " + region.region(), Status.SKIPPED, "Not audited: " + region.reason() + ".",
                AccountRegions.TYPE.ref(account.accountId(), null), m.references());
    }

    private static Finding unknown(Check check, AccountEvidence account, String message, String ref) {
        var m = check.metadata();
        return new Finding(m.id(), m.title(), m.severity(), m.area(), account.target().accountId(), account.target().accountName(),
                null, "account", Status.UNKNOWN, message, ref, m.references());
    }
}
