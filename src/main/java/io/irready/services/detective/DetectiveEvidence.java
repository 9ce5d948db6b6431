package io.irready.services.detective;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** Amazon Detective in one Region: behavior graphs the account administers, and its memberships in others' graphs. */
public record DetectiveEvidence(Evidence<List<String>> graphs, Evidence<List<Membership>> memberships) {

    public static final EvidenceType<DetectiveEvidence> TYPE = EvidenceType.perRegion("detective.graphs", DetectiveEvidence.class,
            "detective:ListGraphs", "detective:ListInvitations");

    /** A graph the account is a member of; {@code status} ENABLED when its data flows into the graph. */
    public record Membership(String graphArn, String status) {
    }
}
