package io.irready.checks;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * A check that judges every Region in scope on its own, from one per-Region evidence type: one finding
 * per Region, so one Region's detector never makes another pass. Evidence that could not be read is
 * UNKNOWN naming the call; a subclass says only how it judges one Region.
 */
public abstract class RegionCheck<E> extends BaseCheck {

    protected abstract EvidenceType<E> evidence();

    /** What a Region's finding is about, e.g. "GuardDuty in eu-west-1". */
    protected abstract String resource(String region);

    protected abstract Verdict judge(E evidence, String region, CheckContext context);

    @Override
    public final boolean regional() {
        return true;
    }

    @Override
    public final List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        for (String region : account.regions()) {
            String resource = resource(region);
            findings.add(Verdict.given(account.get(evidence(), region), resource, e -> judge(e, region, context)), region, resource,
                    account.ref(evidence(), region));
        }
        return findings.toList();
    }
}
