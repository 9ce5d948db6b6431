package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;

import java.util.List;
import java.util.Map;

/**
 * Everything a report says, already computed: writers lay it out and compute nothing. Scores are
 * percentages, or null where nothing could be assessed.
 */
public record ReportModel(Run run,
                          List<Parameter> parameters,
                          Double score,
                          Counts counts,
                          List<AreaScore> areas,
                          List<AccountReport> accounts,
                          List<CheckMetadata> catalog,
                          List<Finding> findings) {

    /** Facts of the run for the cover: times are formatted in UTC. */
    public record Run(String runId,
                      String toolVersion,
                      String started,
                      String reportGenerated,
                      String evidenceCollectedFrom,
                      String evidenceCollectedTo,
                      String evidenceSource,
                      String callerArn,
                      List<String> regions,
                      int accountCount) {
    }

    /** Findings per status. */
    public record Counts(long pass, long fail, long unknown, long notApplicable) {
        public static Counts of(Map<Status, Long> counts) {
            return new Counts(counts.get(Status.PASS), counts.get(Status.FAIL), counts.get(Status.UNKNOWN), counts.get(Status.NOT_APPLICABLE));
        }
    }

    /** A configuration value the results depend on. */
    public record Parameter(String name, String value) {
    }

    public record AreaScore(Area area, String label, Double score, long pass, long fail, long unknown, long notApplicable) {
    }

    public record AccountReport(String accountId,
                                String accountName,
                                Double score,
                                List<SeverityGaps> gapsBySeverity,
                                List<CheckOutcome> checks,
                                List<Gap> gaps) {
    }

    /** One row of an account's gap table. */
    public record SeverityGaps(Severity severity, long fail, long unknown, long pass) {
    }

    /** How one check came out in one account; {@code passRate} is e.g. the tag coverage. */
    public record CheckOutcome(CheckMetadata check, long pass, long fail, long unknown, long notApplicable, Double passRate) {
    }

    /** A check with FAIL or UNKNOWN findings in one account, with the first {@code shown} of them. */
    public record Gap(CheckMetadata check, long fail, long unknown, List<Finding> shown, long notShown) {
    }
}
