package io.irready.services.ec2;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.ec2.Ec2Network.FlowLog;
import io.irready.services.ec2.Ec2Network.Vpc;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** VPCs and flow logs of one Region. */
public final class Ec2NetworkCollector implements Collector<Ec2Network> {

    @Override
    public EvidenceType<Ec2Network> type() {
        return Ec2Network.TYPE;
    }

    @Override
    public Ec2Network collect(AwsClients aws, CollectionContext context, String region) {
        Ec2Client ec2 = aws.client(Ec2Client::builder, region);
        return new Ec2Network(
                AwsCalls.call("ec2:DescribeVpcs", () -> ec2.describeVpcsPaginator(r -> { }).vpcs().stream()
                        .map(v -> new Vpc(v.vpcId(), Boolean.TRUE.equals(v.isDefault()), v.ownerId())).toList()),
                AwsCalls.call("ec2:DescribeFlowLogs", () -> ec2.describeFlowLogsPaginator(r -> { }).flowLogs().stream()
                        .map(f -> new FlowLog(f.flowLogId(), f.resourceId(), f.flowLogStatus(), f.trafficTypeAsString(), f.logDestinationTypeAsString()))
                        .toList()));
    }
}
