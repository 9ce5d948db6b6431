package io.irready.services.dynamodb;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.dynamodb.DynamoDbTables.Table;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB tables of one Region and their point-in-time recovery. */
public final class DynamoDbTablesCollector implements Collector<DynamoDbTables> {

    @Override
    public EvidenceType<DynamoDbTables> type() {
        return DynamoDbTables.TYPE;
    }

    @Override
    public DynamoDbTables collect(AwsClients aws, CollectionContext context, String region) {
        DynamoDbClient dynamo = aws.client(DynamoDbClient::builder, region);
        return new DynamoDbTables(AwsCalls.call("dynamodb:ListTables", () -> dynamo.listTablesPaginator(r -> { }).tableNames().stream()
                .map(name -> new Table(name, AwsCalls.call("dynamodb:DescribeContinuousBackups", () -> {
                    var description = dynamo.describeContinuousBackups(r -> r.tableName(name)).continuousBackupsDescription();
                    var pitr = description.pointInTimeRecoveryDescription();
                    return pitr != null && "ENABLED".equals(pitr.pointInTimeRecoveryStatusAsString());
                })))
                .toList()));
    }
}
