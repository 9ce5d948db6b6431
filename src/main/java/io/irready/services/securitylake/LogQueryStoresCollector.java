package io.irready.services.securitylake;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.cloudtrail.EventDataStores;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.securitylake.SecurityLakeClient;

/** The CloudTrail Lake event data stores that can be queried and the Security Lake data lake of one Region. */
public final class LogQueryStoresCollector implements Collector<LogQueryStores> {

    @Override
    public EvidenceType<LogQueryStores> type() {
        return LogQueryStores.TYPE;
    }

    @Override
    public LogQueryStores collect(AwsClients aws, CollectionContext context, String region) {
        CloudTrailClient cloudTrail = aws.client(CloudTrailClient::builder, region);
        return new LogQueryStores(
                EventDataStores.matching(cloudTrail, EventDataStores.Store::queryable),
                securityLake(aws.client(SecurityLakeClient::builder, region), context.accountId(), region));
    }

    /** A data lake counts only once it collects a log source of this account in the Region: a lake without sources holds nothing. */
    private static Evidence<Boolean> securityLake(SecurityLakeClient lake, String accountId, String region) {
        return AwsCalls.call("securitylake:ListDataLakes", () -> lake.listDataLakes(r -> r.regions(region)).dataLakes().stream()
                        .anyMatch(l -> "COMPLETED".equals(l.createStatusAsString())))
                .flatMap(created -> !created ? Evidence.collected(false) : AwsCalls.call("securitylake:ListLogSources",
                        () -> lake.listLogSourcesPaginator(r -> r.accounts(accountId).regions(region)).stream()
                                .flatMap(page -> page.sources().stream()).anyMatch(source -> source.hasSources() && !source.sources().isEmpty())));
    }
}
