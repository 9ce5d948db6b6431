package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Severity;

import java.util.List;

/**
 * Everything a report says, already computed: writers lay it out and compute nothing. Scores are
 * percentages, or null where nothing could be assessed. It holds aggregates per account and check;
 * the findings themselves are streamed from disk ({@link FindingRows}). {@code resourceDetail} says
 * whether gaps list their affected resources (small scopes) or only their counts (large organizations).
 */
public record ReportModel(Run run,
                          List<Parameter> parameters,
                          Double score,
                          Counts counts,
                          List<AreaScore> areas,
                          List<AccountReport> accounts,
                          List<TopGap> topGaps,
                          List<CoverageGap> coverage,
                          RegionCoverage regions,
                          Changes changes,
                          List<WaiverUse> waivers,
                          List<TrendPoint> trend,
                          List<CheckMetadata> catalog,
                          List<EvidenceFile> evidenceFiles,
                          boolean resourceDetail,
                          FindingRows findings) {

    /**
     * Facts of the run for the cover: times are formatted in UTC. {@code organizationId} is null outside an organization;
     * {@code organizationName} and {@code logo} (a data URI) come from configuration and may be null. {@code configurationHash}
     * is the SHA-256 of the parameters and scope the results depend on, so two reports can be told apart or matched.
     * {@code incident} and {@code asOf} are set for a post-incident report of a recorded run ({@code irready report --as-of}).
     */
    public record Run(String runId,
                      String toolVersion,
                      String started,
                      String reportGenerated,
                      String evidenceCollectedFrom,
                      String evidenceCollectedTo,
                      String evidenceSource,
                      String callerArn,
                      String scopeSource,
                      String organizationId,
                      String organizationName,
                      String logo,
                      String configurationHash,
                      String incident,
                      String asOf,
                      List<String> regions,
                      int accountsAudited,
                      int accountsUnreachable,
                      int accountsSkipped) {
        public boolean multiAccount() {
            return accountsAudited + accountsUnreachable + accountsSkipped > 1 || organizationId != null;
        }
    }

    /** Findings per status. */
    public record Counts(long pass, long fail, long unknown, long notApplicable, long skipped, long waived) {
    }

    /** A configuration value the results depend on. */
    public record Parameter(String name, String value) {
    }

    public record AreaScore(Area area, String label, Double score, long pass, long fail, long unknown, long notApplicable) {
    }

    /** Whether an account was audited, could not be read (its audit role could not be assumed), or was left out. */
    public enum AccountStatus {
        AUDITED, UNREACHABLE, SKIPPED
    }

    /** One account: its results, or for an account not audited, the reason. */
    public record AccountReport(String accountId,
                                String accountName,
                                String ouPath,
                                AccountStatus status,
                                String reason,
                                Double score,
                                List<AreaScore> areas,
                                List<SeverityGaps> gapsBySeverity,
                                List<CheckOutcome> checks,
                                List<Gap> gaps) {
    }

    /** One row of an account's gap table. */
    public record SeverityGaps(Severity severity, long fail, long unknown, long pass) {
    }

    /**
     * How one check came out in one account; {@code passRate} is e.g. the tag coverage. {@code reason} is the first
     * NOT_APPLICABLE finding's message, shown where nothing was assessed, so a reader sees why.
     */
    public record CheckOutcome(CheckMetadata check, long pass, long fail, long unknown, long notApplicable, Double passRate, String reason) {
    }

    /** A check with FAIL or UNKNOWN findings in one account, with the first of them ({@code shown}) when resources are listed. */
    public record Gap(CheckMetadata check, long fail, long unknown, List<Finding> shown, long notShown) {
    }

    /** A check and how many audited accounts it has gaps in, across the organization; ranked by severity weight × accounts. */
    public record TopGap(CheckMetadata check, long accountsAffected, long fail, long unknown) {
        public long priority() {
            return check.severity().weight() * accountsAffected;
        }
    }

    /**
     * The requested Regions of audited accounts that were not audited, each with its reason, and the accounts whose Regions
     * could not be listed (their configured Regions were audited as they are), each with why.
     */
    public record RegionCoverage(List<SkippedRegion> skipped, List<String> unlisted) {

        public static final RegionCoverage NONE = new RegionCoverage(List.of(), List.of());

        public RegionCoverage {
            skipped = List.copyOf(skipped);
            unlisted = List.copyOf(unlisted);
        }

        /** "12 account-Regions skipped: 8 not enabled, 4 denied by SCP", or empty when none was. */
        public String summary() {
            if (skipped.isEmpty()) {
                return "";
            }
            java.util.Map<String, Long> byReason = new java.util.LinkedHashMap<>();
            for (var status : io.irready.services.account.AccountRegions.Status.values()) {
                long count = skipped.stream().filter(r -> r.status().equals(status.label())).count();
                if (count > 0) {
                    byReason.put(status.label(), count);
                }
            }
            return skipped.size() + " account-Region" + (skipped.size() == 1 ? "" : "s") + " skipped: " + String.join(", ", byReason.entrySet()
                    .stream().map(e -> e.getValue() + " " + e.getKey()).toList());
        }
    }

    /** A requested Region of an audited account that was not audited; {@code status} "not enabled" or "denied by SCP". */
    public record SkippedRegion(String accountId, String accountName, String region, String status, String reason) {
    }

    /** A check that could not be assessed somewhere: in how many accounts, how many findings, and the first distinct reasons. */
    public record CoverageGap(CheckMetadata check, long accounts, long unknown, List<String> reasons) {
    }

    /**
     * What changed since the previous comparable run (same accounts and Regions) in the run history, or null when
     * there is none. {@code gone} counts its gaps that this run did not find at all; {@code shown} holds the first
     * new and regressed gaps, most severe first.
     */
    public record Changes(String previousRunId, String previousRunStarted, long newGaps, long regressed, long stillFailing, long resolved,
                          long gone, List<Finding> shown, boolean sinceThisRun) {
    }

    /** The same report with what changed from this run to a later one ({@code irready report --as-of --compare-to latest}). */
    public ReportModel withChanges(Changes later) {
        return new ReportModel(run, parameters, score, counts, areas, accounts, topGaps, coverage, regions, later, waivers, trend, catalog,
                evidenceFiles, resourceDetail, findings);
    }

    /** The same report with the scores of the runs up to this one. */
    public ReportModel withTrend(List<TrendPoint> points) {
        return new ReportModel(run, parameters, score, counts, areas, accounts, topGaps, coverage, regions, changes, waivers, List.copyOf(points),
                catalog, evidenceFiles, resourceDetail, findings);
    }

    /** One run's scores in the trend, oldest first, the last being this run; {@code areaScores} in the order of {@code areas}. */
    public record TrendPoint(String runId, String started, Double score, List<Double> areaScores) {
    }

    /** A waiver that matched FAIL findings of this run: in force (they are WAIVED) or expired (they stay FAIL), and how many. */
    public record WaiverUse(String checkId, String ticket, String approver, String reason, String expires, boolean expired, long findings) {
    }

    /** One file of the evidence bundle and its SHA-256 from the bag manifest. */
    public record EvidenceFile(String path, String sha256) {
    }
}
