package io.irready.cli;

import io.irready.checks.EvidenceFixtures;
import io.irready.evidence.Evidence;
import io.irready.it.AuditRun;
import io.irready.it.Bundles;
import io.irready.services.cloudtrail.LifecycleRule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code irready report --as-of}: the readiness recorded by the last run before an instant, for post-incident review. */
class ReportAsOfTest {

    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void picksTheLastRunBeforeTheInstantAndSaysWhatChangedSince() throws Exception {
        Path config = AuditRun.config(dir, CommandLineTest.FIXTURE_SETTINGS);
        Path ready = Bundles.sealed(dir.resolve("ready"), EvidenceFixtures.compliant());
        Path shortRetention = Bundles.sealed(dir.resolve("short"), EvidenceFixtures.compliant().withBucketLifecycle(
                Evidence.collected(List.of(new LifecycleRule("short", true, "", 30, null)))));
        List<String> runs = new ArrayList<>();
        for (Path bundle : List.of(ready, ready, shortRetention)) {
            Path out = dir.resolve("runs-" + runs.size());
            AuditRun run = AuditRun.of(out, "audit", "--config", config.toString(), "--evidence", bundle.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
            runs.add(run.runDir().getFileName().toString());
            Thread.sleep(1100);
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("runs-2").resolve(runs.get(2)).resolve("report.xlsx").toFile())) {
            var trend = workbook.getSheet("Trend");
            assertThat(trend.getLastRowNum()).as("the third run's trend has the three runs").isEqualTo(3);
            assertThat(trend.getRow(1).getCell(0).getStringCellValue()).isEqualTo(runs.get(0));
        }
        // Just before the third run started (run ids carry the start to the second): the second run is the readiness then.
        Instant beforeThird = Instant.from(RUN_ID_TIME.parse(runs.get(2).substring(0, 16))).minusMillis(1);
        Path reports = dir.resolve("as-of");

        AuditRun report = AuditRun.of(reports, "report", "--as-of", beforeThird.toString(), "--compare-to", "latest", "--incident", "INC-123",
                "--config", config.toString(), "--out", reports.toString());

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.stdout()).contains("run " + runs.get(1));
        assertThat(reports.resolve("report.xlsx")).isNotEmptyFile();
        try (var pdf = Loader.loadPDF(reports.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Incident INC-123").contains("Readiness as of").contains("Run " + runs.get(1))
                    .contains("What has changed since this run").contains("The latest run of the same accounts and Regions, " + runs.get(2))
                    .contains("Regressed 1").doesNotContain("Run " + runs.get(2) + " Configuration");
        }
    }

    @Test
    void retentionForgetsOldRunsAndDeletesTheirFoldersButKeepsTheNewest() throws Exception {
        Path config = AuditRun.config(dir, CommandLineTest.FIXTURE_SETTINGS + "  history:\n    keep-runs: 2\n");
        Path ready = Bundles.sealed(dir.resolve("ready"), EvidenceFixtures.compliant());
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path runOut = dir.resolve("runs-" + i);
            AuditRun run = AuditRun.of(runOut, "audit", "--config", config.toString(), "--evidence", ready.toString(), "--out", runOut.toString());
            assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
            folders.add(run.runDir());
        }
        assertThat(folders.get(0)).as("the oldest run is forgotten and its folder deleted").doesNotExist();
        assertThat(folders.get(1)).isDirectory();
        assertThat(folders.get(2)).isDirectory();
        AuditRun report = AuditRun.of(dir.resolve("r"), "report", "--as-of", Instant.now().toString(), "--config", config.toString(),
                "--out", dir.resolve("r").toString());
        assertThat(report.stdout()).contains("run " + folders.get(2).getFileName());
    }

    @Test
    void anInstantBeforeTheFirstRunIsAClearError() throws Exception {
        Path config = AuditRun.config(dir, CommandLineTest.FIXTURE_SETTINGS);
        AuditRun empty = AuditRun.of(dir.resolve("x"), "report", "--as-of", "2026-11-20T00:00Z", "--config", config.toString());
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.stderr()).contains("the run history is empty");

        Path out = dir.resolve("runs");
        AuditRun run = AuditRun.of(out, "audit", "--config", config.toString(), "--evidence",
                Bundles.sealed(dir.resolve("ready"), EvidenceFixtures.compliant()).toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);

        AuditRun before = AuditRun.of(dir.resolve("y"), "report", "--as-of", "2020-01-01", "--config", config.toString(),
                "--out", dir.resolve("y").toString());
        assertThat(before.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(before.stderr()).contains("no run in the history started at or before 2020-01-01T00:00:00Z; the first recorded run, "
                + run.runDir().getFileName());
        assertThat(dir.resolve("y/report.pdf")).doesNotExist();

        AuditRun garbled = AuditRun.of(dir.resolve("z"), "report", "--as-of", "last tuesday", "--config", config.toString());
        assertThat(garbled.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(garbled.stderr()).contains("--as-of last tuesday is not an instant");

        Files.delete(run.runDir().resolve("findings.json"));
        AuditRun pruned = AuditRun.of(dir.resolve("w"), "report", "--as-of", Instant.now().toString(), "--config", config.toString(),
                "--out", dir.resolve("w").toString());
        assertThat(pruned.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pruned.stderr()).contains("no longer holds findings.json");
    }
}
