import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.history.ChangeTracker;
import io.irready.history.HistoryStore;
import io.irready.report.FindingRows;
import io.irready.report.ReportModel;
import io.irready.report.ReportModelBuilder;
import io.irready.report.ReportTemplates;
import io.irready.report.csv.CsvReportWriter;
import io.irready.report.ocsf.OcsfWriter;
import io.irready.report.pdf.PdfReportWriter;
import io.irready.report.xlsx.XlsxReportWriter;
import io.irready.results.FindingsFile;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the run history adds to a run of FINDINGS findings, on the embedded H2 database (or JDBC_URL), against what
 * a run does with those findings anyway (write findings.json, build the report model, write PDF, XLSX, CSV, OCSF).
 * Collection, which dominates a real run, is left out, so the overhead printed is an upper bound.
 * Usage: java -cp target/irready-cds/irready.jar bench/HistoryBench.java FINDINGS WORK_DIR [JDBC_URL USER]
 */
public class HistoryBench {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        String url = args.length > 2 ? args[2] : "jdbc:h2:file:" + work.resolve("jobs").toAbsolutePath();
        var database = new DriverManagerDataSource(url, args.length > 3 ? args[3] : "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        HistoryStore history = new HistoryStore(new JdbcTemplate(database), new DataSourceTransactionManager(database));

        List<CheckMetadata> catalog = CheckCatalog.metadata();
        int accounts = Math.max(1, count / 2000);
        List<Target> targets = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            targets.add(new Target(String.format("%012d", 200000000000L + a), "workload-" + a, "Root", List.of(), List.of("us-east-1"), null));
        }
        Scope scope = new Scope(new CallerIdentity("100000000000", "arn:aws:sts::100000000000:assumed-role/irready/nightly", "AROA"),
                "organization", targets, List.of(), Instant.parse("2026-11-28T01:00:00Z"));
        Instant first = Instant.parse("2026-11-27T01:00:00Z");
        Instant second = first.plus(Duration.ofDays(1));
        record(history, scope, "20261127T010000Z-0001", first, findings(catalog, count, accounts, 0), work);

        // The second night: a run's own work with its findings; as in a run, last night's findings load meanwhile...
        List<Finding> tonight = findings(catalog, count, accounts, 1);
        long t0 = System.nanoTime();
        HistoryStore.PastRun previous = history.previous(HistoryStore.scopeKey(scope), second).orElseThrow();
        var before = java.util.concurrent.CompletableFuture.supplyAsync(() -> history.findings(previous.runId()));
        Path file = work.resolve("findings.json");
        FindingsFile.write(file, tonight);
        var facts = new ReportModelBuilder.RunFacts("20261128T010000Z-0002", "bench", second, Instant.now(), "", "", "synthetic", "o-bench",
                null, null, null, null, null);
        ReportModel model = ReportModelBuilder.build(facts, scope, Map.of(), List.of(), catalog, FindingRows.of(file), 25, List.of());
        new XlsxReportWriter().write(model, work.resolve("report.xlsx"));
        new PdfReportWriter(new ReportTemplates(null)).write(model, work.resolve("report.pdf"));
        new CsvReportWriter().write(model, work.resolve("findings.csv"));
        new OcsfWriter().write(model, work.resolve("findings.ocsf.jsonl"));
        long runWork = System.nanoTime() - t0;

        // ...and what the history adds: wait for last night's findings if still loading, compare each, record tonight's.
        long t1 = System.nanoTime();
        ChangeTracker tracker = new ChangeTracker(previous, before, second);
        List<Finding> compared = tracker.compareAccount(tonight);
        history.record(new HistoryStore.RunRecord("20261128T010000Z-0002", second, HistoryStore.scopeKey(scope), "0".repeat(64), 50.0,
                scope.targets().size(), work.resolve("run2").toString(), Map.of("LOGGING", 50.0)), FindingRows.of(compared));
        long historyWork = System.nanoTime() - t1;

        System.out.printf("%,d findings: the run's own work with them %.1f s (findings.json, model, PDF, XLSX, CSV, OCSF); "
                        + "history (load %,d earlier findings meanwhile, compare, record) %.1f s = %.1f%% (target <= 20%%)%n",
                count, runWork / 1e9, count, historyWork / 1e9, 100.0 * historyWork / runWork);
    }

    private static void record(HistoryStore history, Scope scope, String runId, Instant started, List<Finding> findings, Path work) {
        HistoryStore.PastRun previous = history.previous(HistoryStore.scopeKey(scope), started).orElse(null);
        ChangeTracker tracker = new ChangeTracker(previous, previous == null ? Map.of() : history.findings(previous.runId()), started);
        List<Finding> compared = new ArrayList<>(findings.size());
        findings.forEach(f -> compared.add(tracker.compare(f)));
        history.record(new HistoryStore.RunRecord(runId, started, HistoryStore.scopeKey(scope), "0".repeat(64), 50.0, scope.targets().size(),
                work.resolve(runId).toString(), Map.of("LOGGING", 50.0)), FindingRows.of(compared));
    }

    /** Synthetic findings; {@code night} shifts statuses so the second night has changes. */
    private static List<Finding> findings(List<CheckMetadata> catalog, int count, int accounts, int night) {
        Status[] statuses = {Status.FAIL, Status.PASS, Status.PASS, Status.UNKNOWN, Status.PASS};
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CheckMetadata check = catalog.get(i % catalog.size());
            int account = i % accounts;
            String id = String.format("%012d", 200000000000L + account);
            findings.add(new Finding(check.id(), check.title(), check.severity(), check.area(), id, "workload-" + account, "us-east-1",
                    "arn:aws:s3:::bucket-" + i, statuses[(i + night) % statuses.length], "Synthetic finding " + i + ".",
                    "data/" + id + "/us-east-1/s3.json", check.references()));
        }
        return findings;
    }
}
