package io.irready.services.ecs;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The ECS clusters of one Region (their ARNs), whose Fargate tasks GuardDuty's Runtime Monitoring watches only through its managed agent. */
public record EcsClusters(Evidence<List<String>> clusters) {

    public static final EvidenceType<EcsClusters> TYPE = EvidenceType.perRegion("ecs.clusters", EcsClusters.class, "ecs:ListClusters");
}
