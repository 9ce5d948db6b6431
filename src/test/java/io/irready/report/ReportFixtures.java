package io.irready.report;

import io.irready.checks.CheckCatalog;
import io.irready.checks.EvidenceFixtures;
import io.irready.checks.Finding;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.results.Evaluator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Report models built the way a run builds them, from evaluated evidence fixtures. */
public final class ReportFixtures {

    public static final Scope SCOPE = new Scope(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/irready-audit/nightly", "AROA1"),
            "caller", List.of(new Target("123456789012", "prod", "", List.of(), List.of("us-east-1"), null)), List.of(),
            Instant.parse("2026-11-27T01:00:00Z"));

    private ReportFixtures() {
    }

    /** Every finding row of the model, in order. */
    public static List<Finding> rows(ReportModel model) {
        List<Finding> rows = new ArrayList<>();
        model.findings().forEach(rows::add);
        return rows;
    }

    /** The compliant fixture account with its trail stopped, plus the given extra findings. */
    public static ReportModel model(List<Finding> extra, int resourcesPerGap) {
        return branded(extra, resourcesPerGap, null, null);
    }

    /** The same, branded with an organization name and a logo data URI (either may be null). */
    public static ReportModel branded(List<Finding> extra, int resourcesPerGap, String organizationName, String logo) {
        List<Finding> findings = new ArrayList<>(evaluated());
        findings.addAll(extra);
        return exactly(findings, resourcesPerGap, organizationName, logo);
    }

    /** The findings of the compliant fixture account with its trail stopped. */
    public static List<Finding> evaluated() {
        var account = EvidenceFixtures.compliant()
                .withTrails(EvidenceFixtures.organizationTrail(false))
                .build();
        return new Evaluator(CheckCatalog.all()).evaluate(account, EvidenceFixtures.CONTEXT);
    }

    /** A model of exactly these findings. */
    public static ReportModel exactly(List<Finding> all, int resourcesPerGap, String organizationName, String logo) {
        return exactly(all, resourcesPerGap, organizationName, logo, null);
    }

    /** A model of exactly these findings, compared with an earlier run (null for none). */
    public static ReportModel exactly(List<Finding> all, int resourcesPerGap, String organizationName, String logo,
                                      ReportModelBuilder.Comparison comparison) {
        List<Finding> findings = new ArrayList<>(all);
        findings.sort(Finding.READING_ORDER);
        var facts = new ReportModelBuilder.RunFacts("20261127T010000Z-abcd", "0.1.0", Instant.parse("2026-11-27T01:00:00Z"),
                Instant.parse("2026-11-27T01:02:00Z"), "2026-11-27 01:00:01 UTC", "2026-11-27 01:01:30 UTC", "collected live", null, organizationName, logo,
                comparison, null, null);
        return ReportModelBuilder.build(facts, SCOPE, Map.of(), ReportModel.RegionCoverage.NONE, List.of(new ReportModel.Parameter("Minimum log retention (days)", "365")),
                CheckCatalog.metadata(), FindingRows.of(findings), resourcesPerGap,
                List.of(new ReportModel.EvidenceFile("evidence/data/123456789012/us-east-1/cloudtrail.trails.json", "ab".repeat(32))));
    }

    /** The model with a trend of three runs: Nov 1 and Nov 10 at the given scores (every area at 50), then this run. */
    public static ReportModel withTrend(ReportModel model, double nov1, double nov10) {
        List<Double> areas = model.areas().stream().map(a -> 50.0).toList();
        return model.withTrend(List.of(new ReportModel.TrendPoint("20261101T020000Z-0001", "2026-11-01 02:00:00 UTC", nov1, areas),
                new ReportModel.TrendPoint("20261110T020000Z-0002", "2026-11-10 02:00:00 UTC", nov10, areas),
                new ReportModel.TrendPoint(model.run().runId(), model.run().started(), model.score(),
                        model.areas().stream().map(ReportModel.AreaScore::score).toList())));
    }
}
