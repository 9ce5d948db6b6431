package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.report.xlsx.XlsxReportWriter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook read back with POI: each sheet's content, not only its presence. */
class XlsxReportTest {

    @TempDir
    Path dir;

    private static final Finding UNREADABLE = new Finding("IR-DET-01", "GuardDuty enabled in every Region", Severity.HIGH, Area.DETECTION,
            "123456789012", "prod", "eu-west-1", "account", Status.UNKNOWN, "GuardDuty could not be read: AccessDenied (guardduty:ListDetectors).",
            "data/123456789012/eu-west-1/guardduty.detectors.json", null);
    private static final Finding SKIPPED = new Finding("IR-SCOPE", "Account in scope", null, Area.CONTACTS, "210987654321", "old",
            null, "account", Status.SKIPPED, "Account is SUSPENDED.", "data/organization.json", null);

    @Test
    void summaryHasANativeChartOfTheAreaScores() throws Exception {
        ReportModel model = ReportFixtures.model(List.of(), 25);
        try (XSSFWorkbook workbook = write(model)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Readiness score per area");
            var series = chart.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(model.areas().size());
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo(model.areas().get(0).label());
            // The chart's range points at the area table's rows on the sheet.
            int firstAreaRow = Integer.parseInt(series.getCategoryData().getDataRangeReference().replaceAll(".*\\$A\\$(\\d+):.*", "$1")) - 1;
            assertThat(summary.getRow(firstAreaRow).getCell(0).getStringCellValue()).isEqualTo(model.areas().get(0).label());
            assertThat(summary.getRow(firstAreaRow - 1).getCell(1).getStringCellValue()).isEqualTo("Score");
        }
    }

    @Test
    void findingsLinkArnsToTheConsoleAndShowAFormulaNamedResourceAsText() throws Exception {
        Finding formula = new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING, "123456789012", "prod",
                "us-east-1", "=HYPERLINK(\"http://x\")", Status.FAIL, "Missing tag keys Owner.", "data/x.json", null);
        try (XSSFWorkbook workbook = write(ReportFixtures.model(List.of(formula), 25))) {
            XSSFSheet findings = workbook.getSheet("Findings");
            Row bucket = rowWith(findings, 8, "arn:aws:s3:::audit-logs");
            assertThat(bucket.getCell(12).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(bucket.getCell(12).getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://console.aws.amazon.com/go/view?arn=arn%3Aaws%3As3%3A%3A%3Aaudit-logs\",\"Open\")");
            Row hostile = rowWith(findings, 8, "=HYPERLINK(\"http://x\")");
            assertThat(hostile.getCell(8).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(hostile.getCell(12).getCellType()).as("no link for what is not an ARN").isEqualTo(CellType.STRING);
            assertThat(hostile.getCell(12).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void remediationPlanHasOneRowPerFailedCheckAndAccountWithAStatusDropDown() throws Exception {
        ReportModel model = ReportFixtures.model(List.of(UNREADABLE), 25);
        try (XSSFWorkbook workbook = write(model)) {
            XSSFSheet plan = workbook.getSheet("Remediation plan");
            assertThat(cells(plan.getRow(0))).containsExactly("Severity", "Check", "Title", "Account ID", "Account name", "OU path", "Failed",
                    "Unknown", "How to fix", "Owner", "Due date", "Status");
            long failedChecks = model.accounts().get(0).gaps().stream().filter(g -> g.fail() > 0).count();
            assertThat(plan.getLastRowNum()).isEqualTo((int) failedChecks);
            List<String> checks = new ArrayList<>();
            for (int r = 1; r <= plan.getLastRowNum(); r++) {
                checks.add(plan.getRow(r).getCell(1).getStringCellValue());
                assertThat(plan.getRow(r).getCell(11).getStringCellValue()).isEqualTo("Open");
                assertThat(plan.getRow(r).getCell(3).getStringCellValue()).isEqualTo("123456789012");
            }
            assertThat(checks).contains("IR-LOG-01").doesNotContain("IR-DET-01");
            assertThat(plan.getDataValidations()).anySatisfy(validation -> {
                assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
                assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("Open", "In progress", "Fixed", "Risk accepted");
                assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("L2:L" + (failedChecks + 1));
            });
        }
    }

    @Test
    void coverageListsUnknownAndSkippedWithTheirReasons() throws Exception {
        try (XSSFWorkbook workbook = write(ReportFixtures.model(List.of(UNREADABLE, SKIPPED), 25))) {
            XSSFSheet coverage = workbook.getSheet("Coverage");
            assertThat(coverage.getLastRowNum()).isEqualTo(2);
            assertThat(cells(coverage.getRow(1))).containsExactly("UNKNOWN", "IR-DET-01", "GuardDuty enabled in every Region", "123456789012", "prod",
                    "eu-west-1", "account", "GuardDuty could not be read: AccessDenied (guardduty:ListDetectors).",
                    "data/123456789012/eu-west-1/guardduty.detectors.json");
            assertThat(cells(coverage.getRow(2))).startsWith("SKIPPED", "IR-SCOPE").contains("Account is SUSPENDED.");
        }
        try (XSSFWorkbook workbook = write(ReportFixtures.model(List.of(), 25))) {
            assertThat(workbook.getSheet("Coverage").getRow(1).getCell(0).getStringCellValue()).startsWith("Every check could be assessed");
        }
    }

    @Test
    void changesListEveryChangedFindingWithItsFirstDayAndAge() throws Exception {
        Finding regressed = UNREADABLE.withChange(new Finding.Change(Finding.ChangeState.REGRESSED, Status.PASS, "20261120T020000Z-aaaa",
                "2026-11-27T01:00:00Z", 0L));
        Finding still = new Finding("IR-LOG-08", "CloudTrail bucket keeps logs for the retention period", Severity.MEDIUM, Area.LOGGING,
                "123456789012", "prod", null, "arn:aws:s3:::audit-logs", Status.FAIL, "30 days.", "data/x.json", null)
                .withChange(new Finding.Change(Finding.ChangeState.STILL_FAILING, Status.FAIL, "20261120T020000Z-aaaa", "2026-11-01T01:00:00Z", 26L));
        List<Finding> findings = new ArrayList<>(List.of(regressed, still));
        findings.add(new Finding("IR-LOG-02", "Trail delivery is healthy", Severity.HIGH, Area.LOGGING, "123456789012", "prod", null, "trail",
                Status.PASS, "ok", "data/x.json", null).withChange(new Finding.Change(Finding.ChangeState.UNCHANGED, Status.PASS, "r", null, null)));
        ReportModel model = ReportFixtures.exactly(findings, 25, null, null,
                new ReportModelBuilder.Comparison("20261120T020000Z-aaaa", java.time.Instant.parse("2026-11-20T02:00:00Z"), 0));
        try (XSSFWorkbook workbook = write(model)) {
            XSSFSheet changes = workbook.getSheet("Changes");
            assertThat(changes.getLastRowNum()).as("unchanged findings are left out").isEqualTo(2);
            List<List<String>> rows = List.of(cells(changes.getRow(1)), cells(changes.getRow(2)));
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("STILL_FAILING", "Medium", "FAIL", "FAIL", "IR-LOG-08")
                    .contains("2026-11-01T01:00:00Z", "26.0"));
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("REGRESSED", "High", "UNKNOWN", "PASS", "IR-DET-01"));
        }
        try (XSSFWorkbook workbook = write(ReportFixtures.model(List.of(), 25))) {
            assertThat(workbook.getSheet("Changes").getRow(1).getCell(0).getStringCellValue()).startsWith("No earlier run");
        }
    }

    @Test
    void theTrendSheetHasARowPerRunAndALineChart() throws Exception {
        ReportModel model = ReportFixtures.withTrend(ReportFixtures.model(List.of(), 25), 40.0, 55.5);
        try (XSSFWorkbook workbook = write(model)) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(cells(trend.getRow(0))).startsWith("Run", "Started (UTC)", "Overall", model.areas().get(0).label());
            assertThat(cells(trend.getRow(2))).startsWith("20261110T020000Z-0002", "2026-11-10 02:00:00 UTC", "55.5", "50.0");
            assertThat(trend.getLastRowNum()).isEqualTo(3);
            XSSFChart chart = trend.getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1 + model.areas().size());
            assertThat(chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(1)).isEqualTo(55.5);
        }
    }

    @Test
    void evidenceIndexListsEachFileWithItsHash() throws Exception {
        try (XSSFWorkbook workbook = write(ReportFixtures.model(List.of(), 25))) {
            XSSFSheet index = workbook.getSheet("Evidence index");
            assertThat(cells(index.getRow(0))).containsExactly("File", "SHA-256");
            assertThat(cells(index.getRow(1))).containsExactly("evidence/data/123456789012/us-east-1/cloudtrail.trails.json", "ab".repeat(32));
        }
    }

    private XSSFWorkbook write(ReportModel model) throws Exception {
        Path xlsx = dir.resolve("report-" + System.nanoTime() + ".xlsx");
        new XlsxReportWriter().write(model, xlsx);
        return new XSSFWorkbook(new FileInputStream(xlsx.toFile()));
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : cell.toString()));
        return values;
    }

    private static Row rowWith(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value);
    }
}
