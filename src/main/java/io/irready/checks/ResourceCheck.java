package io.irready.checks;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * A check that judges each resource of a list (VPCs, keys, buckets), per Region for a per-Region
 * evidence type or once for a per-account one. A list that could not be read is UNKNOWN naming the
 * call; an empty one is NOT_APPLICABLE unless the subclass says an empty list is a gap. A subclass
 * says only how it judges one resource.
 */
public abstract class ResourceCheck<E, R> extends BaseCheck {

    protected abstract EvidenceType<E> evidence();

    /** The resources in one record of evidence; a gap when listing them failed. */
    protected abstract Evidence<List<R>> resources(E evidence);

    /** The plural noun of the resources, e.g. "VPCs". */
    protected abstract String noun();

    protected abstract String resourceId(R resource);

    protected abstract Verdict judge(R resource, String region, AccountEvidence account, CheckContext context);

    @Override
    public final boolean regional() {
        return evidence().perRegion();
    }

    /** The verdict where there is none of the resources ({@code where}: "eu-west-1" or "the account"). */
    protected Verdict none(String where) {
        return Verdict.notApplicable("There are no " + noun() + " in " + where + ".");
    }

    @Override
    public final List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        if (evidence().perRegion()) {
            account.regions().forEach(region -> judgeAll(account, region, account.get(evidence(), region), findings, context));
        } else {
            judgeAll(account, null, account.get(evidence()), findings, context);
        }
        return findings.toList();
    }

    private void judgeAll(AccountEvidence account, String region, Evidence<E> evidence, Findings findings, CheckContext context) {
        String where = region == null ? "the account" : region;
        String ref = account.ref(evidence(), region);
        Evidence<List<R>> listed = evidence.flatMap(this::resources);
        if (listed instanceof Evidence.NoEndpoint<List<R>> none) {
            findings.notApplicable(region, noun() + " in " + where, "Nothing to judge: " + none.gap() + ".", ref);
            return;
        }
        if (listed.data().isEmpty()) {
            findings.unknown(region, noun() + " in " + where, "The " + noun() + " could not be listed: " + listed.gap(), ref);
            return;
        }
        if (listed.data().get().isEmpty()) {
            findings.add(none(where), region, noun() + " in " + where, ref);
            return;
        }
        for (R resource : listed.data().get()) {
            findings.add(judge(resource, region, account, context), region, resourceId(resource), ref);
        }
    }
}
