package io.irready.checks.attestations;

import io.irready.attestations.AttestedItem;

/** IR-ATT-03: incident response is exercised, as attested. */
public final class ExerciseAttestedCheck extends AttestationCheck {

    @Override
    protected AttestedItem item() {
        return AttestedItem.EXERCISES;
    }
}
