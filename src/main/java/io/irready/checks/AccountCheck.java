package io.irready.checks;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * A check with one verdict per account, from one per-account evidence type. Evidence that could not
 * be read is UNKNOWN naming the call; a subclass says only how it judges the account.
 */
public abstract class AccountCheck<E> extends BaseCheck {

    protected abstract EvidenceType<E> evidence();

    /** What the finding is about, e.g. "root user". */
    protected abstract String resource();

    protected abstract Verdict judge(E evidence, AccountEvidence account, CheckContext context);

    @Override
    public final List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        return findings(account).add(Verdict.given(account.get(evidence()), resource(), e -> judge(e, account, context)), null, resource(),
                account.ref(evidence(), null)).toList();
    }
}
