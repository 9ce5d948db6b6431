package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceFile;

/**
 * Collects one account-wide service; it may call every Region in scope. It reads, it never judges. It
 * calls AWS only on the thread it is called on, which is bound to the account being collected.
 */
public interface AccountCollector<T> {

    EvidenceFile file();

    T collect(AwsClients aws, CollectionContext context);
}
