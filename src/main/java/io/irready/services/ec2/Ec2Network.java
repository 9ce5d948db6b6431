package io.irready.services.ec2;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The VPCs of one Region and their flow logs. */
public record Ec2Network(Evidence<List<Vpc>> vpcs, Evidence<List<FlowLog>> flowLogs) {

    public static final EvidenceType<Ec2Network> TYPE = EvidenceType.perRegion("ec2.network", Ec2Network.class,
            "ec2:DescribeVpcs", "ec2:DescribeFlowLogs");

    /** {@code ownerId} the account that owns the VPC: another one for a VPC shared with this account (null in older bundles: this one). */
    public record Vpc(String id, boolean isDefault, String ownerId) {
        public Vpc(String id, boolean isDefault) {
            this(id, isDefault, null);
        }

        /** The owner when it is another account than {@code accountId}, whose VPC it is to log; else null. */
        public String sharedBy(String accountId) {
            return ownerId == null || ownerId.equals(accountId) ? null : ownerId;
        }
    }

    /** {@code resourceId} the VPC, subnet or interface logged; {@code status} ACTIVE when delivering; {@code trafficType} ALL, ACCEPT or REJECT. */
    public record FlowLog(String id, String resourceId, String status, String trafficType, String destinationType) {
    }
}
