package io.irready.checks.attestations;

import io.irready.attestations.AttestedItem;

/** IR-ATT-05: lessons are learned after incidents and exercises, as attested. */
public final class LessonsLearnedAttestedCheck extends AttestationCheck {

    @Override
    protected AttestedItem item() {
        return AttestedItem.LESSONS_LEARNED;
    }
}
