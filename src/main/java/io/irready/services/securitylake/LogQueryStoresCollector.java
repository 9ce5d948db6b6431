package io.irready.services.securitylake;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.securitylake.SecurityLakeClient;

import java.util.ArrayList;
import java.util.List;

/** CloudTrail Lake event data stores (enabled ones) and the Security Lake data lake of one Region. */
public final class LogQueryStoresCollector implements Collector<LogQueryStores> {

    @Override
    public EvidenceType<LogQueryStores> type() {
        return LogQueryStores.TYPE;
    }

    @Override
    public LogQueryStores collect(AwsClients aws, CollectionContext context, String region) {
        CloudTrailClient cloudTrail = aws.client(CloudTrailClient::builder, region);
        return new LogQueryStores(
                AwsCalls.call("cloudtrail:ListEventDataStores", () -> {
                    List<String> stores = new ArrayList<>();
                    String token = null;
                    do {
                        String next = token;
                        var page = cloudTrail.listEventDataStores(r -> r.nextToken(next));
                        page.eventDataStores().stream().filter(s -> "ENABLED".equals(s.statusAsString())).forEach(s -> stores.add(s.eventDataStoreArn()));
                        token = page.nextToken();
                    } while (token != null);
                    return stores;
                }),
                AwsCalls.call("securitylake:ListDataLakes", () -> aws.client(SecurityLakeClient::builder, region)
                        .listDataLakes(r -> r.regions(region)).dataLakes().stream()
                        .anyMatch(lake -> "COMPLETED".equals(lake.createStatusAsString()))));
    }
}
