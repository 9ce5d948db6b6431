package io.irready.services.eks;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The EKS clusters of one Region and whether their control plane logs the Kubernetes audit log. */
public record EksClusters(Evidence<List<Cluster>> clusters) {

    public static final EvidenceType<EksClusters> TYPE = EvidenceType.perRegion("eks.clusters", EksClusters.class,
            "eks:ListClusters", "eks:DescribeCluster");

    public record Cluster(String name, String arn, Evidence<Boolean> auditLogging) {
    }
}
