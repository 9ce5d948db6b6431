package io.irready.services.ec2;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The VPCs of one Region and their flow logs. */
public record Ec2Network(Evidence<List<Vpc>> vpcs, Evidence<List<FlowLog>> flowLogs) {

    public static final EvidenceType<Ec2Network> TYPE = EvidenceType.perRegion("ec2.network", Ec2Network.class,
            "ec2:DescribeVpcs", "ec2:DescribeFlowLogs");

    public record Vpc(String id, boolean isDefault) {
    }

    /** {@code resourceId} the VPC, subnet or interface logged; {@code status} ACTIVE when delivering; {@code trafficType} ALL, ACCEPT or REJECT. */
    public record FlowLog(String id, String resourceId, String status, String trafficType, String destinationType) {
    }
}
