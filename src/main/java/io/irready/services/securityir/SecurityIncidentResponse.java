package io.irready.services.securityir;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** AWS Security Incident Response memberships visible in one Region. */
public record SecurityIncidentResponse(Evidence<List<Membership>> memberships) {

    public static final EvidenceType<SecurityIncidentResponse> TYPE = EvidenceType.perRegion("security-ir.memberships",
            SecurityIncidentResponse.class, "security-ir:ListMemberships", "security-ir:GetMembership").shared();

    /** {@code status} Active when in force; {@code teamSize} the incident response team members; {@code wholeOrganization} coverage. */
    /** {@code unread} says why a listed membership could not be read (its other fields are then empty); null otherwise. */
    public record Membership(String id, String status, int teamSize, boolean wholeOrganization, String unread) {
        public Membership(String id, String status, int teamSize, boolean wholeOrganization) {
            this(id, status, teamSize, wholeOrganization, null);
        }
    }
}
