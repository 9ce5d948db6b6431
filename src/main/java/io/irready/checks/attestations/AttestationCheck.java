package io.irready.checks.attestations;

import io.irready.attestations.AttestedItem;
import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;

import java.util.List;

/**
 * A check of something no AWS API shows, judged from the attestations file: attested within the configured
 * age passes; older, dated in the future or absent fails; unreadable attestations are UNKNOWN. Its findings
 * cite {@value EvidenceBundle#ATTESTATIONS}, which reports mark as attested rather than observed.
 */
public abstract class AttestationCheck extends BaseCheck {

    protected abstract AttestedItem item();

    @Override
    public final List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Freshness freshness = Freshness.of(account, item(), context);
        var findings = findings(account);
        String message = capitalized(freshness.describe()) + ".";
        if (!freshness.readable()) {
            return findings.unknown(null, item().key(), message, EvidenceBundle.ATTESTATIONS).toList();
        }
        return (freshness.fresh() ? findings.pass(null, item().key(), message, EvidenceBundle.ATTESTATIONS)
                : findings.fail(null, item().key(), message, EvidenceBundle.ATTESTATIONS)).toList();
    }

    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
