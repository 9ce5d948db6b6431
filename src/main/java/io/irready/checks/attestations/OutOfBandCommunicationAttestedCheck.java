package io.irready.checks.attestations;

import io.irready.attestations.AttestedItem;

/** IR-ATT-04: out-of-band communication is ready, as attested. */
public final class OutOfBandCommunicationAttestedCheck extends AttestationCheck {

    @Override
    protected AttestedItem item() {
        return AttestedItem.OUT_OF_BAND_COMMUNICATION;
    }
}
