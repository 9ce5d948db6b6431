package io.irready.services.securityir;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.securityir.SecurityIncidentResponse.Membership;
import software.amazon.awssdk.services.securityir.SecurityIrClient;

/** Security Incident Response memberships of one Region, with their team and coverage. */
public final class SecurityIncidentResponseCollector implements Collector<SecurityIncidentResponse> {

    @Override
    public EvidenceType<SecurityIncidentResponse> type() {
        return SecurityIncidentResponse.TYPE;
    }

    @Override
    public SecurityIncidentResponse collect(AwsClients aws, CollectionContext context, String region) {
        SecurityIrClient ir = aws.client(SecurityIrClient::builder, region);
        return new SecurityIncidentResponse(AwsCalls.call("security-ir:ListMemberships", () -> ir.listMembershipsPaginator(r -> { }).items()
                .stream().map(m -> m.membershipId()).toList())
                .map(ids -> ids.stream().map(id -> {
                    // Each membership on its own: one that cannot be read does not hide the others.
                    var read = AwsCalls.call("security-ir:GetMembership", () -> ir.getMembership(r -> r.membershipId(id)));
                    return read.data().map(membership -> new Membership(id, membership.membershipStatusAsString(),
                            membership.incidentResponseTeam().size(), membership.membershipAccountsConfigurations() != null
                            && Boolean.TRUE.equals(membership.membershipAccountsConfigurations().coverEntireOrganization())))
                            .orElseGet(() -> new Membership(id, null, 0, false, read.gap()));
                }).toList()));
    }
}
