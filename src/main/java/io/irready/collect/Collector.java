package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceType;

/**
 * Collects one {@link EvidenceType} of one account: once per account, or once per Region. It reads, it
 * never judges; each call's outcome (data, denied, failed, unsupported) is kept in the record. It calls
 * AWS only on the thread it is called on, which is bound to the account being collected. Collectors are
 * discovered under {@code io.irready.services}; each needs a public no-argument constructor.
 */
public interface Collector<T> {

    EvidenceType<T> type();

    /** @param region the Region to read, or null for a per-account type */
    T collect(AwsClients aws, CollectionContext context, String region);
}
