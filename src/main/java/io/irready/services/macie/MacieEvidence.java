package io.irready.services.macie;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

/**
 * Amazon Macie in one Region: the account's session status (null: Macie not enabled), automated sensitive data discovery
 * as configured for the account or, in an organization, by its Macie administrator, and this account's own status of
 * automated discovery in the organization (ListAutomatedDiscoveryAccounts: ENABLED or DISABLED; null when the account
 * is not managed by an administrator, whose configuration is then its own).
 */
public record MacieEvidence(Evidence<String> status, Evidence<String> automatedDiscovery, Evidence<String> accountDiscovery) {

    public static final EvidenceType<MacieEvidence> TYPE = EvidenceType.perRegion("macie.session", MacieEvidence.class,
            "macie2:GetMacieSession", "macie2:GetAutomatedDiscoveryConfiguration", "macie2:ListAutomatedDiscoveryAccounts");

    public MacieEvidence {
        accountDiscovery = accountDiscovery == null
                ? new Evidence.Failed<>("macie2:ListAutomatedDiscoveryAccounts", "not recorded by this irready version") : accountDiscovery;
    }
}
