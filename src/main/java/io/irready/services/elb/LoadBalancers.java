package io.irready.services.elb;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The Elastic Load Balancing v2 load balancers of one Region and whether they log access. */
public record LoadBalancers(Evidence<List<LoadBalancer>> loadBalancers) {

    public static final EvidenceType<LoadBalancers> TYPE = EvidenceType.perRegion("elb.load-balancers", LoadBalancers.class,
            "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes");

    /** {@code type} application, network or gateway; {@code accessLogs} the access_logs.s3.enabled attribute. */
    public record LoadBalancer(String arn, String name, String type, Evidence<Boolean> accessLogs) {
    }
}
