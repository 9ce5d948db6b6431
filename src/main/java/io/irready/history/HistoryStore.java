package io.irready.history;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.files.Sha256;
import io.irready.report.FindingRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run history in the job repository's database (tables from db/migration, by Flyway): each run with its
 * scope and score, and each of its findings by key with status, change and the start of its current gap.
 */
public final class HistoryStore {

    /** Rows per batch insert: large enough that 200,000 findings take seconds, small enough to keep memory flat. */
    static final int BATCH = 1000;
    private static final int[] TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public HistoryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A recorded run: {@code recordedAt} is when it completed, {@code runDir} where its reports and evidence were written. */
    public record PastRun(String runId, Instant startedAt, Instant recordedAt, String scopeKey, Double score, String runDir) {
    }

    private static final String RUN_COLUMNS = "run_id, started_at, recorded_at, scope_key, score, run_dir";

    private static PastRun run(ResultSet rs, int row) throws SQLException {
        return new PastRun(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4),
                (Double) rs.getObject(5), rs.getString(6));
    }

    /** A finding of a recorded run: its status, since when it has been a gap (null when it is none), and its group (null before V4). */
    public record PastFinding(Status status, Instant firstSeen, String groupKey) {
    }

    /** What is recorded of this run; {@code areaScores} by area name (null where nothing was assessed). */
    public record RunRecord(String runId, Instant startedAt, String scopeKey, String configurationHash, Double score, int accountsAudited,
                            String runDir, Map<String, Double> areaScores) {
    }

    /** One run's scores, for a trend. */
    public record TrendPoint(String runId, Instant startedAt, Double score, Map<String, Double> areaScores) {
    }

    /**
     * Runs are comparable when they audited the same accounts in the same Regions: this key says which, as a
     * SHA-256 of the scope source, the sorted account ids and the sorted Regions.
     */
    public static String scopeKey(Scope scope) {
        String text = scope.source() + "\n"
                + String.join(",", scope.targets().stream().map(Target::accountId).sorted().toList()) + "\n"
                + String.join(",", scope.targets().stream().flatMap(t -> t.regions().stream()).distinct().sorted().toList());
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The latest run of the same scope that started before {@code before}. */
    public Optional<PastRun> previous(String scopeKey, Instant before) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM irready_run WHERE scope_key = ? AND started_at < ? "
                + "ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY", HistoryStore::run, scopeKey, Timestamp.from(before)).stream().findFirst();
    }

    /** The last run of any scope that started at or before {@code instant}: the readiness as of that moment. */
    public Optional<PastRun> asOf(Instant instant) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM irready_run WHERE started_at <= ? ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY",
                HistoryStore::run, Timestamp.from(instant)).stream().findFirst();
    }

    /** The first recorded run, to say where the history begins. */
    public Optional<PastRun> first() {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM irready_run ORDER BY started_at FETCH FIRST 1 ROWS ONLY", HistoryStore::run)
                .stream().findFirst();
    }

    /** The latest run of a scope. */
    public Optional<PastRun> latest(String scopeKey) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM irready_run WHERE scope_key = ? ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY",
                HistoryStore::run, scopeKey).stream().findFirst();
    }

    /** The scores of the last {@code limit} runs of a scope that started before {@code before}, oldest first. */
    public List<TrendPoint> trend(String scopeKey, Instant before, int limit) {
        List<PastRun> runs = jdbc.query("SELECT " + RUN_COLUMNS + " FROM irready_run WHERE scope_key = ? AND started_at < ? "
                + "ORDER BY started_at DESC FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY", HistoryStore::run, scopeKey, Timestamp.from(before));
        List<TrendPoint> points = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            PastRun run = runs.get(i);
            Map<String, Double> areas = new LinkedHashMap<>();
            jdbc.query("SELECT area, score FROM irready_area_score WHERE run_id = ?", rs -> {
                areas.put(rs.getString(1), (Double) rs.getObject(2));
            }, run.runId());
            points.add(new TrendPoint(run.runId(), run.startedAt(), run.score(), areas));
        }
        return points;
    }

    /**
     * Forgets runs beyond the retention: all but the last {@code keepRuns} of each scope (0: no limit) and those started
     * before {@code now - keepDays} (0: no limit). The newest run of each scope is always kept.
     * @return the runs forgotten, whose folders the caller may delete
     */
    public List<PastRun> prune(int keepRuns, int keepDays, Instant now) {
        List<PastRun> forgotten = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            List<String> scopes = jdbc.queryForList("SELECT DISTINCT scope_key FROM irready_run", String.class);
            for (String scope : scopes) {
                List<PastRun> runs = jdbc.query("SELECT " + RUN_COLUMNS + " FROM irready_run WHERE scope_key = ? ORDER BY started_at DESC",
                        HistoryStore::run, scope);
                for (int i = 1; i < runs.size(); i++) {
                    PastRun run = runs.get(i);
                    boolean tooMany = keepRuns > 0 && i >= keepRuns;
                    boolean tooOld = keepDays > 0 && run.startedAt().isBefore(now.minus(Duration.ofDays(keepDays)));
                    if (tooMany || tooOld) {
                        forgotten.add(run);
                    }
                }
            }
            forgotten.forEach(run -> jdbc.update("DELETE FROM irready_run WHERE run_id = ?", run.runId()));
        });
        return forgotten;
    }

    /** Whether a kept run's folder is this one (a folder is only deleted when no kept run refers to it). */
    public boolean isReferenced(String runDir) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM irready_run WHERE run_dir = ?", Integer.class, runDir);
        return count != null && count > 0;
    }


    /** Every finding of a recorded run, by key. */
    public Map<String, PastFinding> findings(String runId) {
        Map<String, PastFinding> findings = new HashMap<>();
        jdbc.query("SELECT finding_key, status, first_seen, group_key FROM irready_finding WHERE run_id = ?", rs -> {
            Timestamp firstSeen = rs.getTimestamp(3);
            findings.put(rs.getString(1), new PastFinding(Status.valueOf(rs.getString(2)),
                    firstSeen == null ? null : firstSeen.toInstant(), rs.getString(4)));
        }, runId);
        return findings;
    }

    /** Records a run and its findings in one transaction, replacing an earlier record of the same run (a restart). */
    public void record(RunRecord run, FindingRows findings) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM irready_run WHERE run_id = ?", run.runId());
            jdbc.update("INSERT INTO irready_run (run_id, started_at, recorded_at, scope_key, configuration_hash, score, accounts_audited, "
                            + "findings, run_dir) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                    run.runId(), Timestamp.from(run.startedAt()), Timestamp.from(Instant.now()), run.scopeKey(), run.configurationHash(),
                    run.score(), run.accountsAudited(), run.runDir());
            List<Object[]> batch = new ArrayList<>(BATCH);
            long[] count = {0};
            findings.forEach(f -> {
                batch.add(row(run.runId(), (int) count[0], f));
                count[0]++;
                if (batch.size() == BATCH) {
                    insert(batch);
                }
            });
            insert(batch);
            jdbc.update("UPDATE irready_run SET findings = ? WHERE run_id = ?", count[0], run.runId());
            run.areaScores().forEach((area, score) -> jdbc.update("INSERT INTO irready_area_score (run_id, area, score) VALUES (?, ?, ?)",
                    run.runId(), area, score));
        });
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            // Typed parameters: left to infer the type of a null, the driver is asked for parameter metadata on every row.
            jdbc.batchUpdate("INSERT INTO irready_finding (run_id, seq, finding_key, check_id, account_id, severity, status, change_state, "
                    + "first_seen, group_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch, TYPES);
            batch.clear();
        }
    }

    private static Object[] row(String runId, int seq, Finding f) {
        Finding.Change change = f.change();
        OffsetDateTime firstSeen = change == null || change.firstSeen() == null ? null
                : OffsetDateTime.ofInstant(Instant.parse(change.firstSeen()), ZoneOffset.UTC);
        return new Object[] {runId, seq, FindingKey.of(f), f.checkId(), f.accountId(), f.severity() == null ? null : f.severity().name(),
                f.status().name(), change == null ? null : change.state().name(), firstSeen, FindingKey.group(f)};
    }
}
