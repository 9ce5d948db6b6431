package io.irready.services.accessanalyzer;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.accessanalyzer.AccessAnalyzerEvidence.Analyzer;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;

/** The IAM Access Analyzer analyzers of one Region. */
public final class AccessAnalyzerCollector implements Collector<AccessAnalyzerEvidence> {

    @Override
    public EvidenceType<AccessAnalyzerEvidence> type() {
        return AccessAnalyzerEvidence.TYPE;
    }

    @Override
    public AccessAnalyzerEvidence collect(AwsClients aws, CollectionContext context, String region) {
        return new AccessAnalyzerEvidence(AwsCalls.call("access-analyzer:ListAnalyzers", () -> aws.client(AccessAnalyzerClient::builder, region)
                .listAnalyzersPaginator(r -> { }).analyzers().stream()
                .map(a -> new Analyzer(a.arn(), a.name(), a.typeAsString(), a.statusAsString())).toList()));
    }
}
