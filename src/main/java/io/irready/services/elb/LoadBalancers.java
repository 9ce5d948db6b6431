package io.irready.services.elb;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The load balancers of one Region and whether they log access: Elastic Load Balancing v2's (application, network,
 * gateway) and the Classic Load Balancers of its first API, listed apart ({@code classic}).
 */
public record LoadBalancers(Evidence<List<LoadBalancer>> loadBalancers, Evidence<List<LoadBalancer>> classic) {

    public static final EvidenceType<LoadBalancers> TYPE = EvidenceType.perRegion("elb.load-balancers", LoadBalancers.class,
            "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes");

    public LoadBalancers {
        classic = classic == null ? new Evidence.Failed<>("elasticloadbalancing:DescribeLoadBalancers", "Classic Load Balancers were not "
                + "recorded by this irready version") : classic;
    }

    /**
     * {@code type} application, network, gateway or classic; {@code accessLogs} the access_logs.s3.enabled attribute (AccessLog.Enabled
     * for a Classic Load Balancer).
     */
    public record LoadBalancer(String arn, String name, String type, Evidence<Boolean> accessLogs) {
    }
}
