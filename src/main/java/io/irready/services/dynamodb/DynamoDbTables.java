package io.irready.services.dynamodb;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The DynamoDB tables of one Region and whether point-in-time recovery is on. */
public record DynamoDbTables(Evidence<List<Table>> tables) {

    public static final EvidenceType<DynamoDbTables> TYPE = EvidenceType.perRegion("dynamodb.tables", DynamoDbTables.class,
            "dynamodb:ListTables", "dynamodb:DescribeContinuousBackups");

    public record Table(String name, Evidence<Boolean> pointInTimeRecovery) {
    }
}
