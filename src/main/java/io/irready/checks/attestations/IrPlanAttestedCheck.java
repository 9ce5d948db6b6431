package io.irready.checks.attestations;

import io.irready.attestations.AttestedItem;

/** IR-ATT-01: Incident response plan and RACI are current, as attested. */
public final class IrPlanAttestedCheck extends AttestationCheck {

    @Override
    protected AttestedItem item() {
        return AttestedItem.IR_PLAN;
    }
}
