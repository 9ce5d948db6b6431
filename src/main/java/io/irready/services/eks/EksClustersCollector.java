package io.irready.services.eks;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.eks.EksClusters.Cluster;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.LogType;

/** EKS clusters of one Region and their audit logging. */
public final class EksClustersCollector implements Collector<EksClusters> {

    @Override
    public EvidenceType<EksClusters> type() {
        return EksClusters.TYPE;
    }

    @Override
    public EksClusters collect(AwsClients aws, CollectionContext context, String region) {
        EksClient eks = aws.client(EksClient::builder, region);
        return new EksClusters(AwsCalls.call("eks:ListClusters", () -> eks.listClustersPaginator(r -> { }).clusters().stream()
                .map(name -> {
                    var cluster = AwsCalls.call("eks:DescribeCluster", () -> eks.describeCluster(r -> r.name(name)).cluster());
                    return new Cluster(name, cluster.data().map(c -> c.arn()).orElse(name), cluster.map(c -> c.logging() != null
                            && c.logging().clusterLogging().stream().anyMatch(setup -> Boolean.TRUE.equals(setup.enabled())
                            && setup.types().contains(LogType.AUDIT))));
                })
                .toList()));
    }
}
