package io.irready.services.accessanalyzer;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * IAM Access Analyzer in one Region: its analyzers. Shared: an organization analyzer in the delegated
 * administrator covers every member.
 */
public record AccessAnalyzerEvidence(Evidence<List<Analyzer>> analyzers) {

    public static final EvidenceType<AccessAnalyzerEvidence> TYPE = EvidenceType.perRegion("access-analyzer.analyzers",
            AccessAnalyzerEvidence.class, "access-analyzer:ListAnalyzers").shared();

    /** {@code type} ACCOUNT, ORGANIZATION (external access) or *_UNUSED_ACCESS; {@code status} ACTIVE when it analyses. */
    public record Analyzer(String arn, String name, String type, String status) {
    }
}
