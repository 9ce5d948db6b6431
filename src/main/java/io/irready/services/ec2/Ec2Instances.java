package io.irready.services.ec2;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The running EC2 instances of one Region. */
public record Ec2Instances(Evidence<List<String>> running) {

    public static final EvidenceType<Ec2Instances> TYPE = EvidenceType.perRegion("ec2.instances", Ec2Instances.class, "ec2:DescribeInstances");
}
