package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceFile;

/** Collects one service in one Region. It reads, it never judges. */
public interface RegionalCollector<T> {

    EvidenceFile file();

    T collect(AwsClients aws, String region);
}
