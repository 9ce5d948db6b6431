package io.irready.checks.attestations;

import io.irready.attestations.AttestedItem;

/** IR-ATT-02: responders are trained, as attested. */
public final class TrainingAttestedCheck extends AttestationCheck {

    @Override
    protected AttestedItem item() {
        return AttestedItem.TRAINING;
    }
}
