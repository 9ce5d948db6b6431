package io.irready.services.detective;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.detective.DetectiveEvidence.Membership;
import software.amazon.awssdk.services.detective.DetectiveClient;

/** Detective behavior graphs and memberships of one Region. */
public final class DetectiveCollector implements Collector<DetectiveEvidence> {

    @Override
    public EvidenceType<DetectiveEvidence> type() {
        return DetectiveEvidence.TYPE;
    }

    @Override
    public DetectiveEvidence collect(AwsClients aws, CollectionContext context, String region) {
        DetectiveClient detective = aws.client(DetectiveClient::builder, region);
        return new DetectiveEvidence(
                AwsCalls.call("detective:ListGraphs", () -> detective.listGraphsPaginator(r -> { }).stream().flatMap(page -> page.graphList().stream()).map(g -> g.arn()).toList()),
                AwsCalls.call("detective:ListInvitations", () -> detective.listInvitationsPaginator(r -> { }).stream().flatMap(page -> page.invitations().stream())
                        .map(m -> new Membership(m.graphArn(), m.statusAsString())).toList()));
    }
}
