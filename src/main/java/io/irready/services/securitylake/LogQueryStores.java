package io.irready.services.securitylake;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * Where logs can be queried in one Region: enabled CloudTrail Lake event data stores of CloudTrail events, and an Amazon Security Lake data lake
 * collecting the account's logs there.
 */
public record LogQueryStores(Evidence<List<String>> eventDataStores, Evidence<Boolean> securityLake) {

    public static final EvidenceType<LogQueryStores> TYPE = EvidenceType.perRegion("logs.query-stores", LogQueryStores.class,
            "cloudtrail:ListEventDataStores", "cloudtrail:GetEventDataStore", "securitylake:ListDataLakes",
            "securitylake:ListLogSources");
}
