package io.irready.services.elb;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.elb.LoadBalancers.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/** Load balancers of one Region, v2's and the Classic ones, and their access logging attribute, every page. */
public final class LoadBalancersCollector implements Collector<LoadBalancers> {

    @Override
    public EvidenceType<LoadBalancers> type() {
        return LoadBalancers.TYPE;
    }

    @Override
    public LoadBalancers collect(AwsClients aws, CollectionContext context, String region) {
        ElasticLoadBalancingV2Client elb = aws.client(ElasticLoadBalancingV2Client::builder, region);
        ElasticLoadBalancingClient classic = aws.client(ElasticLoadBalancingClient::builder, region);
        return new LoadBalancers(AwsCalls.call("elasticloadbalancing:DescribeLoadBalancers", () -> elb.describeLoadBalancersPaginator(r -> { })
                .loadBalancers().stream()
                .map(lb -> new LoadBalancer(lb.loadBalancerArn(), lb.loadBalancerName(), lb.typeAsString(),
                        AwsCalls.call("elasticloadbalancing:DescribeLoadBalancerAttributes", () -> elb.describeLoadBalancerAttributes(r -> r
                                .loadBalancerArn(lb.loadBalancerArn())).attributes().stream()
                                .anyMatch(a -> "access_logs.s3.enabled".equals(a.key()) && "true".equals(a.value())))))
                .toList()),
                AwsCalls.call("elasticloadbalancing:DescribeLoadBalancers", () -> classic.describeLoadBalancersPaginator(r -> { })
                        .loadBalancerDescriptions().stream()
                        .map(lb -> new LoadBalancer("arn:" + aws.partition().id() + ":elasticloadbalancing:" + region + ":" + context.accountId()
                                + ":loadbalancer/" + lb.loadBalancerName(), lb.loadBalancerName(), "classic",
                                AwsCalls.call("elasticloadbalancing:DescribeLoadBalancerAttributes", () -> {
                                    var log = classic.describeLoadBalancerAttributes(r -> r.loadBalancerName(lb.loadBalancerName()))
                                            .loadBalancerAttributes().accessLog();
                                    return log != null && Boolean.TRUE.equals(log.enabled());
                                })))
                        .toList()));
    }
}
