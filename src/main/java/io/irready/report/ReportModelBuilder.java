package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.evidence.Scope;
import io.irready.evidence.SkippedAccount;
import io.irready.evidence.Target;
import io.irready.files.Sha256;
import io.irready.report.ReportModel.AccountReport;
import io.irready.report.ReportModel.AccountStatus;
import io.irready.report.ReportModel.AreaScore;
import io.irready.report.ReportModel.CheckOutcome;
import io.irready.report.ReportModel.CoverageGap;
import io.irready.report.ReportModel.EvidenceFile;
import io.irready.report.ReportModel.Gap;
import io.irready.report.ReportModel.Parameter;
import io.irready.report.ReportModel.SeverityGaps;
import io.irready.report.ReportModel.TopGap;
import io.irready.results.CheckTally;
import io.irready.results.Scoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the {@link ReportModel} of a run from its scope, the check catalog and one pass over its
 * findings, keeping counts per account and check rather than the findings themselves. Affected
 * resources are kept for the PDF only while the scope is small enough to list them.
 */
public final class ReportModelBuilder {

    /** Above this many audited accounts the PDF lists each account's failed checks, not their resources. */
    static final int RESOURCE_DETAIL_ACCOUNTS = 25;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ReportModelBuilder() {
    }

    /** Coverage lists at most this many distinct reasons per check. */
    static final int REASONS_PER_CHECK = 3;

    /**
     * The facts a report needs besides findings and the catalog. {@code organizationName} and {@code logo} (a data URI)
     * are the configured branding, or null.
     */
    public record RunFacts(String runId, String toolVersion, Instant started, Instant reportGenerated,
                           String evidenceCollectedFrom, String evidenceCollectedTo, String evidenceSource, String organizationId,
                           String organizationName, String logo, Comparison comparison, String incident, Instant asOf) {
    }

    /** The previous comparable run the findings were compared with, and how many of its gaps are gone; null when none. */
    public record Comparison(String previousRunId, Instant previousRunStarted, long goneGaps) {
    }

    /** One account's findings, counted per check, with the first gap findings of each check when resources are listed. */
    private static final class AccountTally {
        final Map<String, CheckTally> byCheck = new LinkedHashMap<>();
        final Map<String, List<Finding>> shown = new HashMap<>();
        final Map<String, Long> notShown = new HashMap<>();
        final Map<String, String> notApplicableReason = new HashMap<>();
    }

    /** UNKNOWN findings of one check across the audited accounts. */
    private static final class CoverageTally {
        final Set<String> accounts = new HashSet<>();
        final Set<String> reasons = new LinkedHashSet<>();
        long unknown;
    }

    /**
     * @param unreachable the accounts whose audit role could not be assumed, with the reason
     */
    public static ReportModel build(RunFacts facts, Scope scope, Map<String, String> unreachable, ReportModel.RegionCoverage regionCoverage,
                                    List<Parameter> parameters, List<CheckMetadata> catalog, FindingRows findings, int resourcesPerGap,
                                    List<EvidenceFile> evidenceFiles) {
        boolean resourceDetail = scope.targets().size() <= RESOURCE_DETAIL_ACCOUNTS;
        Map<String, CheckMetadata> checks = new LinkedHashMap<>();
        catalog.forEach(check -> checks.put(check.id(), check));
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        Map<String, AccountTally> accounts = new LinkedHashMap<>();
        Map<String, CoverageTally> coverage = new LinkedHashMap<>();
        ChangeTally changes = new ChangeTally();
        Map<ReportModel.WaiverUse, Long> waived = new LinkedHashMap<>();
        scope.targets().forEach(target -> accounts.put(target.accountId(), new AccountTally()));
        findings.forEach(f -> {
            counts.merge(f.status(), 1L, Long::sum);
            if (f.status() == Status.SKIPPED) {
                return;
            }
            if (f.waiver() != null) {
                Finding.Waiver w = f.waiver();
                waived.merge(new ReportModel.WaiverUse(f.checkId(), w.ticket(), w.approver(), w.reason(), w.expires(), w.expired(), 0), 1L, Long::sum);
            }
            changes.add(f);
            AccountTally account = accounts.computeIfAbsent(f.accountId(), id -> new AccountTally());
            account.byCheck.computeIfAbsent(f.checkId(), id -> new CheckTally(f.severity())).add(f.status());
            if (f.status() == Status.NOT_APPLICABLE) {
                account.notApplicableReason.putIfAbsent(f.checkId(), f.message());
            }
            // An unreachable account's checks are all UNKNOWN for one reason, listed once with the account.
            if (f.status() == Status.UNKNOWN && !unreachable.containsKey(f.accountId())) {
                CoverageTally tally = coverage.computeIfAbsent(f.checkId(), id -> new CoverageTally());
                tally.unknown++;
                tally.accounts.add(f.accountId());
                if (tally.reasons.size() < REASONS_PER_CHECK) {
                    tally.reasons.add(f.message());
                }
            }
            if (f.status() == Status.FAIL || f.status() == Status.UNKNOWN) {
                List<Finding> shown = account.shown.computeIfAbsent(f.checkId(), id -> new ArrayList<>());
                if (resourceDetail && shown.size() < resourcesPerGap) {
                    shown.add(f);
                } else {
                    account.notShown.merge(f.checkId(), 1L, Long::sum);
                }
            }
        });

        List<String> regions = scope.targets().stream().flatMap(t -> t.regions().stream()).distinct().toList();
        if (regions.isEmpty()) {
            regions = List.of("every Region each account has enabled");
        }
        var run = new ReportModel.Run(facts.runId(), facts.toolVersion(), UTC.format(facts.started()), UTC.format(facts.reportGenerated()),
                facts.evidenceCollectedFrom(), facts.evidenceCollectedTo(), facts.evidenceSource(), scope.caller().arn(), scope.source(),
                facts.organizationId(), facts.organizationName(), facts.logo(), configurationHash(parameters, scope, regions), facts.incident(),
                facts.asOf() == null ? null : utc(facts.asOf()),
                regions, scope.targets().size() - unreachable.size(), unreachable.size(), scope.skipped().size());
        List<Area> areas = catalog.stream().map(CheckMetadata::area).distinct().toList();
        List<CheckTally> all = accounts.values().stream().flatMap(a -> a.byCheck.values().stream()).toList();

        List<AccountReport> reports = new ArrayList<>();
        for (Target target : scope.targets()) {
            AccountTally tally = accounts.get(target.accountId());
            String reason = unreachable.get(target.accountId());
            reports.add(account(target, reason, tally, checks, areas));
        }
        reports.sort(Comparator.comparing(AccountReport::score, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(AccountReport::accountName));
        for (SkippedAccount skipped : scope.skipped()) {
            reports.add(new AccountReport(skipped.accountId(), skipped.accountName(), skipped.ouPath(), AccountStatus.SKIPPED, skipped.reason(),
                    null, List.of(), List.of(), List.of(), List.of()));
        }
        var totals = new ReportModel.Counts(count(counts, Status.PASS), count(counts, Status.FAIL), count(counts, Status.UNKNOWN),
                count(counts, Status.NOT_APPLICABLE), count(counts, Status.SKIPPED), count(counts, Status.WAIVED));
        List<ReportModel.WaiverUse> waivers = new ArrayList<>();
        waived.forEach((use, n) -> waivers.add(new ReportModel.WaiverUse(use.checkId(), use.ticket(), use.approver(), use.reason(), use.expires(),
                use.expired(), n)));
        return new ReportModel(run, parameters, percent(Scoring.score(all)), totals,
                areaScores(areas, accounts.values(), checks), reports, topGaps(accounts.values(), checks),
                coverage(coverage, checks), regionCoverage, facts.comparison() == null ? null : changes.changes(facts.comparison().previousRunId(),
                facts.comparison().previousRunStarted(), facts.comparison().goneGaps(), false), waivers, List.of(), catalog, List.copyOf(evidenceFiles),
                resourceDetail, findings);
    }

    /** Checks in catalog order with the accounts where they could not be assessed. */
    private static List<CoverageGap> coverage(Map<String, CoverageTally> coverage, Map<String, CheckMetadata> checks) {
        List<CoverageGap> gaps = new ArrayList<>();
        checks.forEach((id, check) -> {
            CoverageTally tally = coverage.get(id);
            if (tally != null) {
                gaps.add(new CoverageGap(check, tally.accounts.size(), tally.unknown, List.copyOf(tally.reasons)));
            }
        });
        return gaps;
    }

    /**
     * SHA-256 over the parameters, scope source, Regions and accounts, one {@code name=value} line each in a fixed
     * order: equal hashes mean two runs judged the same scope by the same settings.
     */
    static String configurationHash(List<Parameter> parameters, Scope scope, List<String> regions) {
        StringBuilder text = new StringBuilder();
        parameters.forEach(p -> text.append(p.name()).append('=').append(p.value()).append('\n'));
        text.append("scope.source=").append(scope.source()).append('\n');
        text.append("regions=").append(String.join(",", regions.stream().sorted().toList())).append('\n');
        text.append("accounts=").append(String.join(",", scope.targets().stream().map(Target::accountId).sorted().toList())).append('\n');
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static AccountReport account(Target target, String unreachableReason, AccountTally tally, Map<String, CheckMetadata> checks,
                                         List<Area> areas) {
        List<SeverityGaps> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<CheckTally> ofSeverity = tally.byCheck.values().stream().filter(t -> t.severity() == severity).toList();
            bySeverity.add(new SeverityGaps(severity, sum(ofSeverity, CheckTally::fail), sum(ofSeverity, CheckTally::unknown),
                    sum(ofSeverity, CheckTally::pass)));
        }
        List<CheckOutcome> outcomes = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (CheckMetadata check : checks.values()) {
            CheckTally t = tally.byCheck.getOrDefault(check.id(), new CheckTally(check.severity()));
            outcomes.add(new CheckOutcome(check, t.pass(), t.fail(), t.unknown(), t.notApplicable(), t.passRate(),
                    t.passRate() == null ? tally.notApplicableReason.get(check.id()) : null));
            if (t.hasGaps()) {
                gaps.add(new Gap(check, t.fail(), t.unknown(), List.copyOf(tally.shown.getOrDefault(check.id(), List.of())),
                        tally.notShown.getOrDefault(check.id(), 0L)));
            }
        }
        gaps.sort(Comparator.comparing((Gap g) -> g.check().severity()).thenComparing(g -> g.check().id()));
        List<AreaScore> areaScores = areaScores(areas, List.of(tally), checks);
        return new AccountReport(target.accountId(), target.accountName(), target.ouPath(),
                unreachableReason == null ? AccountStatus.AUDITED : AccountStatus.UNREACHABLE, unreachableReason,
                percent(Scoring.score(tally.byCheck.values())), areaScores, bySeverity, outcomes, gaps);
    }

    private static List<AreaScore> areaScores(List<Area> areas, Collection<AccountTally> accounts, Map<String, CheckMetadata> checks) {
        List<AreaScore> scores = new ArrayList<>();
        for (Area area : areas) {
            Predicate<String> inArea = id -> checks.containsKey(id) && checks.get(id).area() == area;
            List<CheckTally> tallies = accounts.stream().flatMap(a -> a.byCheck.entrySet().stream())
                    .filter(e -> inArea.test(e.getKey())).map(Map.Entry::getValue).toList();
            scores.add(new AreaScore(area, area.label(), percent(Scoring.score(tallies)), sum(tallies, CheckTally::pass),
                    sum(tallies, CheckTally::fail), sum(tallies, CheckTally::unknown), sum(tallies, CheckTally::notApplicable)));
        }
        return scores;
    }

    /** Checks by severity weight × accounts they have gaps in, highest first; severity, then id, break ties. */
    private static List<TopGap> topGaps(Collection<AccountTally> accounts, Map<String, CheckMetadata> checks) {
        List<TopGap> top = new ArrayList<>();
        for (CheckMetadata check : checks.values()) {
            List<CheckTally> tallies = accounts.stream().map(a -> a.byCheck.get(check.id())).filter(t -> t != null && t.hasGaps()).toList();
            if (!tallies.isEmpty()) {
                top.add(new TopGap(check, tallies.size(), sum(tallies, CheckTally::fail), sum(tallies, CheckTally::unknown)));
            }
        }
        top.sort(Comparator.comparingLong(TopGap::priority).reversed()
                .thenComparing(g -> g.check().severity()).thenComparing(g -> g.check().id()));
        return top;
    }

    private static long sum(List<CheckTally> tallies, java.util.function.ToLongFunction<CheckTally> field) {
        return tallies.stream().mapToLong(field).sum();
    }

    private static long count(Map<Status, Long> counts, Status status) {
        return counts.getOrDefault(status, 0L);
    }

    private static Double percent(OptionalDouble score) {
        return score.isPresent() ? score.getAsDouble() : null;
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
