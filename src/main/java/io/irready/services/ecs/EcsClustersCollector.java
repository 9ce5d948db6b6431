package io.irready.services.ecs;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.services.ecs.EcsClient;

/** The ECS clusters of one Region, every page. */
public final class EcsClustersCollector implements Collector<EcsClusters> {

    @Override
    public EvidenceType<EcsClusters> type() {
        return EcsClusters.TYPE;
    }

    @Override
    public EcsClusters collect(AwsClients aws, CollectionContext context, String region) {
        EcsClient ecs = aws.client(EcsClient::builder, region);
        return new EcsClusters(AwsCalls.call("ecs:ListClusters", () -> ecs.listClustersPaginator(r -> { }).clusterArns().stream().toList()));
    }
}
