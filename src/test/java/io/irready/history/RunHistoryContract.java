package io.irready.history;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Finding.ChangeState;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.report.FindingRows;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nightly runs with changes between them, recorded in a real database migrated by Flyway: each run is
 * compared with the one before, and an unbroken gap keeps the day it was first seen. Run on H2 and on PostgreSQL.
 */
public abstract class RunHistoryContract {

    private static final Scope SCOPE = new Scope(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:role/irready", "AROA"),
            "caller", List.of(new Target("123456789012", "prod", "", List.of(), List.of("us-east-1"), null)), List.of(), null);
    private static final Instant NOV_1 = Instant.parse("2026-11-01T02:00:00Z");
    private static final Instant NOV_10 = Instant.parse("2026-11-10T02:00:00Z");
    private static final Instant NOV_20 = Instant.parse("2026-11-20T02:00:00Z");

    private HistoryStore history;

    /** A database with nothing in it yet. */
    protected abstract DataSource emptyDatabase();

    @BeforeEach
    void migrated() {
        DataSource database = emptyDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        history = new HistoryStore(new JdbcTemplate(database), new DataSourceTransactionManager(database));
    }

    @Test
    void eachRunIsComparedWithThePreviousOneAndGapsKeepTheirFirstDay() {
        List<Finding> first = run("20261101T020000Z-0001", NOV_1,
                finding("trail", Status.FAIL), finding("bucket", Status.PASS), finding("role", Status.FAIL), finding("key", Status.UNKNOWN));
        assertThat(states(first)).containsExactly(ChangeState.NEW, ChangeState.UNCHANGED, ChangeState.NEW, ChangeState.NEW);

        List<Finding> second = run("20261110T020000Z-0002", NOV_10,
                finding("trail", Status.FAIL), finding("bucket", Status.FAIL), finding("role", Status.PASS), finding("vpc", Status.FAIL),
                finding("key", Status.NOT_APPLICABLE));
        assertThat(states(second)).containsExactly(ChangeState.STILL_FAILING, ChangeState.REGRESSED, ChangeState.RESOLVED, ChangeState.NEW, null);
        assertThat(second.get(0).change().firstSeen()).isEqualTo(NOV_1.toString());
        assertThat(second.get(0).change().ageDays()).isEqualTo(9);
        assertThat(second.get(0).change().previousRunId()).isEqualTo("20261101T020000Z-0001");
        assertThat(second.get(1).change().previousStatus()).isEqualTo(Status.PASS);
        assertThat(second.get(1).change().firstSeen()).isEqualTo(NOV_10.toString());

        ChangeTracker third = tracker(NOV_20);
        List<Finding> compared = List.of(third.compare(finding("trail", Status.FAIL)), third.compare(finding("bucket", Status.UNKNOWN)),
                third.compare(finding("vpc", Status.PASS)));
        assertThat(states(compared)).containsExactly(ChangeState.STILL_FAILING, ChangeState.STILL_FAILING, ChangeState.RESOLVED);
        assertThat(compared.get(0).change().ageDays()).as("failing since Nov 1").isEqualTo(19);
        assertThat(compared.get(1).change().firstSeen()).as("failing since it regressed on Nov 10").isEqualTo(NOV_10.toString());
        assertThat(compared.get(1).change().ageDays()).isEqualTo(10);
        assertThat(third.goneGaps()).as("no gap of Nov 10 is missing: role passed then, key was not applicable").isZero();
        ChangeTracker withoutTrail = tracker(NOV_20);
        withoutTrail.compare(finding("bucket", Status.FAIL));
        assertThat(withoutTrail.goneGaps()).as("the trail's and the VPC's gaps are not found at all").isEqualTo(2);
    }

    @Test
    void aOneFindingCheckThatNamesAnotherResourceWhenItFailsStillRegresses() {
        run("20261101T020000Z-0001", NOV_1, finding("arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit", Status.PASS),
                other("IR-TAG-02", "arn:aws:s3:::bucket-a", Status.PASS));
        ChangeTracker tracker = tracker(NOV_10);
        List<Finding> compared = tracker.compareAccount(List.of(finding("account", Status.FAIL),
                other("IR-TAG-02", "arn:aws:s3:::bucket-b", Status.FAIL), other("IR-TAG-02", "arn:aws:s3:::bucket-c", Status.FAIL)));
        assertThat(states(compared)).as("the trail check reports once; two new buckets are not the old one")
                .containsExactly(ChangeState.REGRESSED, ChangeState.NEW, ChangeState.NEW);
        assertThat(compared.get(0).change().previousStatus()).isEqualTo(Status.PASS);
        assertThat(tracker.compare(finding("other", Status.FAIL)).change().state()).as("alone, a finding is compared by its key").isEqualTo(ChangeState.NEW);
    }

    @Test
    void onlyRunsOfTheSameScopeBeforeTheRunAreCompared() {
        run("20261110T020000Z-0002", NOV_10, finding("trail", Status.FAIL));
        Scope other = new Scope(SCOPE.caller(), "caller", List.of(new Target("123456789012", "prod", "", List.of(), List.of("eu-west-1"), null)),
                List.of(), null);
        assertThat(history.previous(HistoryStore.scopeKey(other), NOV_20)).as("other Regions").isEmpty();
        assertThat(history.previous(HistoryStore.scopeKey(SCOPE), NOV_1)).as("nothing before Nov 1").isEmpty();
        assertThat(history.previous(HistoryStore.scopeKey(SCOPE), NOV_20)).get().satisfies(run -> {
            assertThat(run.runId()).isEqualTo("20261110T020000Z-0002");
            assertThat(run.startedAt()).isEqualTo(NOV_10);
        });
    }

    @Test
    void recordingARunAgainReplacesItAndLongResourceIdsAreKept() {
        String longName = "arn:aws:s3:::" + "b".repeat(5000);
        run("20261110T020000Z-0002", NOV_10, finding(longName, Status.FAIL));
        run("20261110T020000Z-0002", NOV_10, finding(longName, Status.FAIL), finding("trail", Status.FAIL));
        assertThat(history.findings("20261110T020000Z-0002")).hasSize(2);
        ChangeTracker next = tracker(NOV_20);
        assertThat(next.compare(finding(longName, Status.FAIL)).change().state()).isEqualTo(ChangeState.STILL_FAILING);
    }

    @Test
    void retentionForgetsRunsBeyondTheLimitsButNeverTheNewestOfAScope() {
        run("20261101T020000Z-0001", NOV_1, finding("trail", Status.FAIL));
        run("20261110T020000Z-0002", NOV_10, finding("trail", Status.FAIL));
        run("20261120T020000Z-0003", NOV_20, finding("trail", Status.PASS));

        assertThat(history.prune(0, 15, NOV_20)).extracting(HistoryStore.PastRun::runId).containsExactly("20261101T020000Z-0001");
        assertThat(history.prune(1, 0, NOV_20)).extracting(HistoryStore.PastRun::runId).containsExactly("20261110T020000Z-0002");
        assertThat(history.prune(0, 1, NOV_20.plusSeconds(86_400 * 400))).as("the newest run of a scope stays").isEmpty();
        assertThat(history.findings("20261110T020000Z-0002")).as("a forgotten run's findings go with it").isEmpty();
        assertThat(history.isReferenced("/runs/20261120T020000Z-0003")).isTrue();
        assertThat(history.isReferenced("/runs/20261110T020000Z-0002")).isFalse();
        assertThat(history.trend(HistoryStore.scopeKey(SCOPE), NOV_20.plusSeconds(1), 10)).extracting(HistoryStore.TrendPoint::runId)
                .containsExactly("20261120T020000Z-0003");
    }

    @Test
    void theTrendHasTheScoresOfTheLastRunsOldestFirst() {
        run("20261101T020000Z-0001", NOV_1, finding("trail", Status.FAIL));
        run("20261110T020000Z-0002", NOV_10, finding("trail", Status.FAIL));
        run("20261120T020000Z-0003", NOV_20, finding("trail", Status.PASS));
        var trend = history.trend(HistoryStore.scopeKey(SCOPE), NOV_20, 5);
        assertThat(trend).extracting(HistoryStore.TrendPoint::runId).containsExactly("20261101T020000Z-0001", "20261110T020000Z-0002");
        assertThat(trend.get(0).areaScores()).containsEntry("LOGGING", 50.0);
        assertThat(history.trend(HistoryStore.scopeKey(SCOPE), NOV_20.plusSeconds(1), 2)).extracting(HistoryStore.TrendPoint::runId)
                .containsExactly("20261110T020000Z-0002", "20261120T020000Z-0003");
    }

    @Test
    void twoHundredThousandFindingsAreStoredInBatches() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            many.add(finding("arn:aws:s3:::bucket-" + i, i % 2 == 0 ? Status.FAIL : Status.PASS));
        }
        run("20261110T020000Z-0002", NOV_10, many.toArray(Finding[]::new));
        assertThat(history.findings("20261110T020000Z-0002")).hasSize(200_000);
    }

    private List<Finding> run(String runId, Instant started, Finding... findings) {
        ChangeTracker tracker = tracker(started);
        List<Finding> compared = new ArrayList<>();
        for (Finding finding : findings) {
            compared.add(tracker.compare(finding));
        }
        history.record(new HistoryStore.RunRecord(runId, started, HistoryStore.scopeKey(SCOPE), "c".repeat(64), 50.0, 1, "/runs/" + runId,
                Map.of("LOGGING", 50.0)), FindingRows.of(compared));
        return compared;
    }

    private ChangeTracker tracker(Instant started) {
        HistoryStore.PastRun previous = history.previous(HistoryStore.scopeKey(SCOPE), started).orElse(null);
        return new ChangeTracker(previous, previous == null ? Map.of() : history.findings(previous.runId()), started);
    }

    private static Finding finding(String resource, Status status) {
        return new Finding("IR-LOG-01", "Multi-Region trail records all management events", Severity.CRITICAL, Area.LOGGING, "123456789012",
                "prod", "us-east-1", resource, status, "x", "data/x.json", null);
    }

    private static Finding other(String check, String resource, Status status) {
        return new Finding(check, "t", Severity.MEDIUM, Area.TAGGING, "123456789012", "prod", "us-east-1", resource, status, "x", "data/x.json", null);
    }

    private static List<ChangeState> states(List<Finding> findings) {
        return findings.stream().map(f -> f.change() == null ? null : f.change().state()).toList();
    }
}
