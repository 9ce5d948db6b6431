package io.irready.services.macie;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

/** Amazon Macie in one Region: the account's session status (null: Macie not enabled) and automated sensitive data discovery. */
public record MacieEvidence(Evidence<String> status, Evidence<String> automatedDiscovery) {

    public static final EvidenceType<MacieEvidence> TYPE = EvidenceType.perRegion("macie.session", MacieEvidence.class,
            "macie2:GetMacieSession", "macie2:GetAutomatedDiscoveryConfiguration");
}
