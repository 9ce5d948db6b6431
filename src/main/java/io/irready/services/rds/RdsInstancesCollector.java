package io.irready.services.rds;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.rds.RdsInstances.Instance;
import software.amazon.awssdk.services.rds.RdsClient;

/** RDS database instances of one Region. */
public final class RdsInstancesCollector implements Collector<RdsInstances> {

    @Override
    public EvidenceType<RdsInstances> type() {
        return RdsInstances.TYPE;
    }

    @Override
    public RdsInstances collect(AwsClients aws, CollectionContext context, String region) {
        return new RdsInstances(AwsCalls.call("rds:DescribeDBInstances", () -> aws.client(RdsClient::builder, region)
                .describeDBInstancesPaginator(r -> { }).dbInstances().stream()
                .map(db -> new Instance(db.dbInstanceIdentifier(), db.dbInstanceArn(), db.engine(), db.enabledCloudwatchLogsExports(),
                        db.backupRetentionPeriod() == null ? 0 : db.backupRetentionPeriod(), Boolean.TRUE.equals(db.storageEncrypted()), db.kmsKeyId()))
                .toList()));
    }
}
