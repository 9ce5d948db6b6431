package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.report.ReportModel.AccountReport;
import io.irready.report.ReportModel.AreaScore;
import io.irready.report.ReportModel.CheckOutcome;
import io.irready.report.ReportModel.Gap;
import io.irready.report.ReportModel.Parameter;
import io.irready.report.ReportModel.SeverityGaps;
import io.irready.results.Scoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Builds the {@link ReportModel} of a run from its scope, findings and the check catalog. */
public final class ReportModelBuilder {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final List<Status> STATUS_ORDER = List.of(Status.FAIL, Status.UNKNOWN, Status.PASS, Status.NOT_APPLICABLE);

    /** Findings sorted for reading: most severe first, gaps before passes. */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> STATUS_ORDER.indexOf(f.status()))
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::accountId)
            .thenComparing(Finding::region)
            .thenComparing(Finding::resourceId);

    private ReportModelBuilder() {
    }

    /** The facts a report needs besides findings and the catalog. */
    public record RunFacts(String runId, String toolVersion, Instant started, Instant reportGenerated,
                           String evidenceCollectedFrom, String evidenceCollectedTo, String evidenceSource) {
    }

    public static ReportModel build(RunFacts facts, Scope scope, List<Parameter> parameters, List<CheckMetadata> catalog,
                                    List<Finding> findings, int resourcesPerGap) {
        List<Finding> sorted = findings.stream().sorted(READING_ORDER).toList();
        List<String> regions = scope.targets().stream().flatMap(t -> t.regions().stream()).distinct().toList();
        var run = new ReportModel.Run(facts.runId(), facts.toolVersion(), UTC.format(facts.started()), UTC.format(facts.reportGenerated()),
                facts.evidenceCollectedFrom(), facts.evidenceCollectedTo(), facts.evidenceSource(), scope.caller().arn(),
                regions, scope.targets().size());
        List<AreaScore> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            List<Finding> inArea = sorted.stream().filter(f -> f.area() == area).toList();
            Map<Status, Long> counts = Scoring.counts(inArea);
            areas.add(new AreaScore(area, area.label(), percent(Scoring.score(inArea)),
                    counts.get(Status.PASS), counts.get(Status.FAIL), counts.get(Status.UNKNOWN), counts.get(Status.NOT_APPLICABLE)));
        }
        Map<String, List<Finding>> byAccount = sorted.stream().collect(Collectors.groupingBy(Finding::accountId));
        List<AccountReport> accounts = scope.targets().stream()
                .map(target -> account(target, byAccount.getOrDefault(target.accountId(), List.of()), catalog, resourcesPerGap))
                .toList();
        return new ReportModel(run, parameters, percent(Scoring.score(sorted)), ReportModel.Counts.of(Scoring.counts(sorted)), areas, accounts, catalog, sorted);
    }

    private static AccountReport account(Target target, List<Finding> findings, List<CheckMetadata> catalog, int resourcesPerGap) {
        List<SeverityGaps> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            Map<Status, Long> counts = Scoring.counts(findings.stream().filter(f -> f.severity() == severity).toList());
            bySeverity.add(new SeverityGaps(severity, counts.get(Status.FAIL), counts.get(Status.UNKNOWN), counts.get(Status.PASS)));
        }
        Map<String, List<Finding>> byCheck = findings.stream().collect(Collectors.groupingBy(Finding::checkId));
        List<CheckOutcome> outcomes = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (CheckMetadata check : catalog) {
            List<Finding> ofCheck = byCheck.getOrDefault(check.id(), List.of());
            Map<Status, Long> counts = Scoring.counts(ofCheck);
            long pass = counts.get(Status.PASS);
            long fail = counts.get(Status.FAIL);
            long unknown = counts.get(Status.UNKNOWN);
            long assessed = pass + fail + unknown;
            outcomes.add(new CheckOutcome(check, pass, fail, unknown, counts.get(Status.NOT_APPLICABLE),
                    assessed == 0 ? null : 100.0 * pass / assessed));
            List<Finding> open = ofCheck.stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.UNKNOWN).toList();
            if (!open.isEmpty()) {
                List<Finding> shown = open.subList(0, Math.min(resourcesPerGap, open.size()));
                gaps.add(new Gap(check, fail, unknown, shown, open.size() - shown.size()));
            }
        }
        gaps.sort(Comparator.comparing((Gap g) -> g.check().severity()).thenComparing(g -> g.check().id()));
        return new AccountReport(target.accountId(), target.accountName(), percent(Scoring.score(findings)), bySeverity, outcomes, gaps);
    }

    private static Double percent(OptionalDouble score) {
        return score.isPresent() ? score.getAsDouble() : null;
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
