package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceFile;

/** Collects one account-wide service; it may call every Region in scope. It reads, it never judges. */
public interface AccountCollector<T> {

    EvidenceFile file();

    T collect(AwsClients aws, CollectionContext context);
}
