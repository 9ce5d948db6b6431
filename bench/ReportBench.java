import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.report.FindingRows;
import io.irready.report.ReportModel;
import io.irready.report.ReportModelBuilder;
import io.irready.report.ReportTemplates;
import io.irready.report.ReportWriter;
import io.irready.report.pdf.PdfReportWriter;
import io.irready.report.xlsx.XlsxReportWriter;
import io.irready.results.FindingsFile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one report format for a synthetic organization and prints its time and the JVM's peak heap.
 * Usage: java -Xmx512m -cp target/irready-cds/irready.jar bench/ReportBench.java xlsx|pdf ACCOUNTS FINDINGS WORK_DIR
 */
public class ReportBench {

    public static void main(String[] args) throws Exception {
        String format = args[0];
        int accounts = Integer.parseInt(args[1]);
        int findings = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        Files.createDirectories(work);

        List<CheckMetadata> catalog = CheckCatalog.metadata();
        List<Target> targets = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            targets.add(new Target(accountId(a), "workload-" + a, "Root/Workloads/Team-" + (a % 40), List.of(), List.of("us-east-1", "eu-west-1"), null));
        }
        Scope scope = new Scope(new CallerIdentity("100000000000", "arn:aws:sts::100000000000:assumed-role/irready/nightly", "AROA"),
                "organization", targets, List.of(), Instant.parse("2026-11-28T01:00:00Z"));
        Path file = work.resolve("findings.json");
        Status[] statuses = {Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL, Status.UNKNOWN, Status.PASS, Status.PASS, Status.PASS,
                Status.PASS, Status.NOT_APPLICABLE};
        FindingsFile.write(file, sink -> {
            for (int i = 0; i < findings; i++) {
                CheckMetadata check = catalog.get(i % catalog.size());
                int account = (i / catalog.size()) % accounts;
                Status status = statuses[(i * 7 + account) % statuses.length];
                sink.accept(new Finding(check.id(), check.title(), check.severity(), check.area(), accountId(account), "workload-" + account,
                        i % 3 == 0 ? null : "eu-west-1", "arn:aws:s3:::bucket-" + account + "-" + i, status,
                        "Bucket bucket-" + account + "-" + i + " " + status.name().toLowerCase() + "s " + check.id() + ": synthetic finding " + i + ".",
                        "data/" + accountId(account) + "/eu-west-1/s3.buckets.json", check.references()));
            }
        });
        var facts = new ReportModelBuilder.RunFacts("20261128T010000Z-beef", "bench", Instant.parse("2026-11-28T01:00:00Z"), Instant.now(),
                "2026-11-28 01:00:01 UTC", "2026-11-28 01:20:00 UTC", "synthetic", "o-bench", "Bench Corp", null, null, null, null);
        long started = System.nanoTime();
        ReportModel model = ReportModelBuilder.build(facts, scope, Map.of(), List.of(new ReportModel.Parameter("Benchmark", "yes")), catalog,
                FindingRows.of(file), 25, List.of());
        long modelled = System.nanoTime();
        ReportWriter writer = format.equals("pdf") ? new PdfReportWriter(new ReportTemplates(null)) : new XlsxReportWriter();
        Path out = work.resolve(writer.fileName());
        writer.write(model, out);
        long written = System.nanoTime();

        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s: %,d findings, %,d accounts: model %.1f s, write %.1f s, file %,d KB, peak heap %,d MB (limit %,d MB)%n",
                writer.fileName(), findings, accounts, (modelled - started) / 1e9, (written - modelled) / 1e9, Files.size(out) / 1024,
                peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String accountId(int a) {
        return String.format("%012d", 200000000000L + a);
    }
}
