package io.irready.services.ec2;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/** The ids of the running instances of one Region. */
public final class Ec2InstancesCollector implements Collector<Ec2Instances> {

    @Override
    public EvidenceType<Ec2Instances> type() {
        return Ec2Instances.TYPE;
    }

    @Override
    public Ec2Instances collect(AwsClients aws, CollectionContext context, String region) {
        return new Ec2Instances(AwsCalls.call("ec2:DescribeInstances", () -> aws.client(Ec2Client::builder, region)
                .describeInstancesPaginator(r -> r.filters(f -> f.name("instance-state-name").values("running"))).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream()).map(Instance::instanceId).toList()));
    }
}
