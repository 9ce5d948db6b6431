package io.irready.services.securitylake;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** Where logs can be queried in one Region: CloudTrail Lake event data stores and an Amazon Security Lake data lake. */
public record LogQueryStores(Evidence<List<String>> eventDataStores, Evidence<Boolean> securityLake) {

    public static final EvidenceType<LogQueryStores> TYPE = EvidenceType.perRegion("logs.query-stores", LogQueryStores.class,
            "cloudtrail:ListEventDataStores", "securitylake:ListDataLakes");
}
