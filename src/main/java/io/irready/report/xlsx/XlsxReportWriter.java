package io.irready.report.xlsx;

import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Framework;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.files.AtomicFiles;
import io.irready.report.ReportModel;
import io.irready.results.ScopeFindings;
import io.irready.report.ReportModel.AccountReport;
import io.irready.report.ReportModel.AreaScore;
import io.irready.report.ReportModel.CheckOutcome;
import io.irready.report.ReportModel.Gap;
import io.irready.report.ConsoleLinks;
import io.irready.report.ReportModel.TopGap;
import io.irready.report.FindingRows;
import io.irready.report.ReportWriter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook for auditors: Summary (with a chart of the score per area), Findings (an Excel table with
 * filters, severity colours and links to the AWS console), Remediation plan (one row per failed check and
 * account, with Owner, Due date and a Status drop-down to fill in), Coverage (UNKNOWN and SKIPPED findings),
 * Accounts, Account checks, Checks (the catalog with framework references) and Evidence index. Rows are
 * streamed, so memory stays flat with many findings. Text that a spreadsheet would run as a formula is
 * stored quote-prefixed, as plain text.
 */
public final class XlsxReportWriter implements ReportWriter {

    private static final int MAX_CELL_TEXT = 32_767;
    private static final String[] FINDING_COLUMNS = {"Severity", "Status", "Check", "Title", "Area", "Account ID", "Account name",
            "Region", "Resource", "Message", "Evidence", "Basis", "Console"};
    private static final int[] FINDING_WIDTHS = {11, 15, 11, 40, 20, 15, 20, 14, 60, 80, 45, 12, 10};
    static final List<String> PLAN_STATUSES = List.of("Open", "In progress", "Fixed", "Risk accepted");
    /** Excel keeps a string literal in a formula to 255 characters; longer link text is joined from pieces. */
    private static final int FORMULA_LITERAL = 255;

    @Override
    public String fileName() {
        return "report.xlsx";
    }

    @Override
    public void write(ReportModel model, Path target) {
        AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false)) {
                Styles styles = new Styles(workbook);
                summary(workbook, workbook.createSheet("Summary"), model, styles);
                findings(workbook, workbook.createSheet("Findings"), model.findings(), styles);
                remediationPlan(workbook.createSheet("Remediation plan"), model, styles);
                changes(workbook.createSheet("Changes"), model, styles);
                trend(workbook, workbook.createSheet("Trend"), model, styles);
                coverage(workbook.createSheet("Coverage"), model, styles);
                waivers(workbook.createSheet("Waivers"), model, styles);
                accounts(workbook.createSheet("Accounts"), model, styles);
                accountChecks(workbook.createSheet("Account checks"), model, styles);
                checks(workbook.createSheet("Checks"), model.catalog(), styles);
                evidenceIndex(workbook.createSheet("Evidence index"), model, styles);
                workbook.write(out);
            }
        });
    }

    private static void summary(SXSSFWorkbook workbook, Sheet sheet, ReportModel model, Styles styles) {
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        for (int c = 2; c < 7; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        Rows rows = new Rows(sheet, styles);
        rows.next().text(0, "Incident-response readiness", styles.title);
        rows.next().text(0, "Readiness score").number(1, model.score());
        var run = model.run();
        rows.next().text(0, "Run").text(1, run.runId());
        rows.next().text(0, "Scope source").text(1, run.scopeSource());
        if (run.organizationId() != null) {
            rows.next().text(0, "Organization").text(1, run.organizationId());
        }
        rows.next().text(0, "Accounts audited").number(1, (double) run.accountsAudited());
        rows.next().text(0, "Accounts unreachable").number(1, (double) run.accountsUnreachable());
        rows.next().text(0, "Accounts skipped").number(1, (double) run.accountsSkipped());
        rows.next().text(0, "Regions").text(1, String.join(", ", run.regions()));
        rows.next().text(0, "Regions skipped").text(1, model.regions().skipped().isEmpty() ? "none: every requested Region was audited"
                : model.regions().summary() + " (sheet Coverage)");
        if (!model.regions().unlisted().isEmpty()) {
            rows.next().text(0, "Regions not listed").text(1, model.regions().unlisted().size() + " account(s): the configured Regions were "
                    + "audited as they are (sheet Coverage)");
        }
        rows.next().text(0, "Run started").text(1, run.started());
        rows.next().text(0, "Report generated").text(1, run.reportGenerated());
        rows.next().text(0, "Evidence collected").text(1, run.evidenceCollectedFrom() + " – " + run.evidenceCollectedTo());
        rows.next().text(0, "Evidence source").text(1, run.evidenceSource());
        rows.next().text(0, "Collected as").text(1, run.callerArn());
        rows.next().text(0, "Tool version").text(1, "irready " + run.toolVersion());
        var counts = model.counts();
        rows.next().text(0, "Findings FAIL").number(1, (double) counts.fail());
        rows.next().text(0, "Findings UNKNOWN").number(1, (double) counts.unknown());
        rows.next().text(0, "Findings PASS").number(1, (double) counts.pass());
        rows.next().text(0, "Findings NOT_APPLICABLE").number(1, (double) counts.notApplicable());
        rows.next().text(0, "Findings SKIPPED").number(1, (double) counts.skipped());
        rows.next().text(0, "Findings WAIVED").number(1, (double) counts.waived());

        rows.next();
        rows.header("Area", "Score", "Fail", "Unknown", "Pass", "N/A");
        int firstArea = rows.index() + 1;
        for (AreaScore area : model.areas()) {
            rows.next().text(0, area.label()).number(1, area.score()).number(2, (double) area.fail()).number(3, (double) area.unknown())
                    .number(4, (double) area.pass()).number(5, (double) area.notApplicable());
        }
        areaChart(workbook, sheet.getSheetName(), model.areas(), firstArea);
        rows.next();
        rows.header("Gap", "Title", "Accounts affected", "Fail", "Unknown");
        for (TopGap gap : model.topGaps()) {
            rows.next().text(0, gap.check().id()).text(1, gap.check().title()).number(2, (double) gap.accountsAffected())
                    .number(3, (double) gap.fail()).number(4, (double) gap.unknown());
        }
        rows.next();
        rows.header("Parameter", "Value");
        model.parameters().forEach(p -> rows.next().text(0, p.name()).text(1, p.value()));
    }

    /**
     * A native bar chart of the score per area, beside the area table. SXSSF streams rows but not drawings, so
     * the chart goes on the sheet's XSSF part, with its values cached in the chart as well as referenced.
     */
    private static void areaChart(SXSSFWorkbook workbook, String sheetName, List<AreaScore> areas, int firstRow) {
        if (areas.isEmpty()) {
            return;
        }
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 7, 1, 15, 20));
        chart.setTitleText("Readiness score per area");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
        scores.setMinimum(0);
        scores.setMaximum(100);
        scores.setCrosses(AxisCrosses.AUTO_ZERO);
        int lastRow = firstRow + areas.size() - 1;
        var categories = XDDFDataSourcesFactory.fromArray(areas.stream().map(AreaScore::label).toArray(String[]::new),
                new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(sheetName, true));
        var values = XDDFDataSourcesFactory.fromArray(areas.stream().map(a -> a.score() == null ? 0.0 : Math.round(a.score() * 10) / 10.0)
                .toArray(Double[]::new), new CellRangeAddress(firstRow, lastRow, 1, 1).formatAsString(sheetName, true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, scores);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.addSeries(categories, values).setTitle("Score", null);
        chart.plot(data);
    }

    /** One row per account: where it sits, whether it was audited, and its score overall and per area. */
    private static void accounts(SXSSFSheet sheet, ReportModel model, Styles styles) {
        List<String> columns = new ArrayList<>(List.of("Account ID", "Account name", "OU path", "Status", "Reason", "Score"));
        model.areas().forEach(area -> columns.add(area.label()));
        int[] widths = {15, 28, 36, 14, 50, 9};
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 14) * 256);
        }
        Rows rows = new Rows(sheet, styles);
        rows.header(columns.toArray(String[]::new));
        sheet.createFreezePane(0, 1);
        for (AccountReport account : model.accounts()) {
            rows.next().text(0, account.accountId()).text(1, account.accountName()).text(2, account.ouPath())
                    .text(3, account.status().name()).text(4, account.reason()).number(5, account.score());
            for (int a = 0; a < model.areas().size(); a++) {
                rows.number(6 + a, a < account.areas().size() ? account.areas().get(a).score() : null);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(model.accounts().size(), 1), 0, columns.size() - 1));
    }

    /** One row per audited account and check: the counts behind each score, e.g. an account's tag coverage. */
    private static void accountChecks(SXSSFSheet sheet, ReportModel model, Styles styles) {
        int[] widths = {15, 28, 11, 40, 9, 9, 9, 9, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Rows rows = new Rows(sheet, styles);
        rows.header("Account ID", "Account name", "Check", "Title", "Pass", "Fail", "Unknown", "N/A", "Pass rate %");
        sheet.createFreezePane(0, 1);
        long count = 0;
        for (AccountReport account : model.accounts()) {
            for (CheckOutcome outcome : account.checks()) {
                rows.next().text(0, account.accountId()).text(1, account.accountName()).text(2, outcome.check().id())
                        .text(3, outcome.check().title()).number(4, (double) outcome.pass()).number(5, (double) outcome.fail())
                        .number(6, (double) outcome.unknown()).number(7, (double) outcome.notApplicable()).number(8, outcome.passRate());
                count++;
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count, 1), 0, widths.length - 1));
    }

    /** Every finding, as an Excel table (its own filters and banding); an ARN resource links to the AWS console. */
    private static void findings(SXSSFWorkbook workbook, SXSSFSheet sheet, FindingRows findings, Styles styles) {
        for (int c = 0; c < FINDING_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, FINDING_WIDTHS[c] * 256);
        }
        Rows rows = new Rows(sheet, styles);
        rows.header(FINDING_COLUMNS);
        sheet.createFreezePane(0, 1);
        long[] count = {0};
        findings.forEach(f -> {
            rows.next()
                    .text(0, f.severity() == null ? "" : f.severity().label(), f.severity() == null ? null : styles.severity.get(f.severity()))
                    .text(1, f.status().name(), styles.status.get(f.status()))
                    .text(2, f.checkId()).text(3, f.title()).text(4, f.area().label()).text(5, f.accountId()).text(6, f.accountName())
                    .text(7, f.region() == null ? "(account)" : f.region()).text(8, f.resourceId()).text(9, f.message()).text(10, f.evidenceRef())
                    .text(11, f.attested() ? "Attested" : "AWS evidence");
            ConsoleLinks.of(f.resourceId()).ifPresentOrElse(url -> rows.link(12, url, styles.link), () -> rows.text(12, ""));
            count[0]++;
        });
        table(workbook, sheet.getSheetName(), "Findings", FINDING_COLUMNS, (int) Math.max(count[0], 1));
    }

    /**
     * Makes the sheet's header row and the rows under it an Excel table. The table lives on the sheet's XSSF part,
     * which does not see streamed rows, so its column names are set here; they equal the header cells, as Excel requires.
     */
    private static void table(SXSSFWorkbook workbook, String sheetName, String tableName, String[] columns, int lastRow) {
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(sheetName);
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(0, 0), new CellReference(lastRow, columns.length - 1),
                SpreadsheetVersion.EXCEL2007));
        table.setName(tableName);
        table.setDisplayName(tableName);
        table.setStyleName("TableStyleMedium2");
        table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
        for (int c = 0; c < columns.length; c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(columns[c]);
        }
    }

    /** One row per check that failed in an account, for the owners to fill in: who fixes it, by when, and how far they are. */
    private static void remediationPlan(SXSSFSheet sheet, ReportModel model, Styles styles) {
        String[] columns = {"Severity", "Check", "Title", "Account ID", "Account name", "OU path", "Failed", "Unknown", "How to fix",
                "Owner", "Due date", "Status"};
        int[] widths = {11, 11, 40, 15, 24, 30, 8, 9, 70, 20, 12, 14};
        Rows rows = Rows.sheet(sheet, styles, columns, widths);
        int count = 0;
        for (AccountReport account : model.accounts()) {
            for (Gap gap : account.gaps()) {
                if (gap.fail() == 0) {
                    continue;
                }
                CheckMetadata check = gap.check();
                rows.next().text(0, check.severity().label(), styles.severity.get(check.severity())).text(1, check.id()).text(2, check.title())
                        .text(3, account.accountId()).text(4, account.accountName()).text(5, account.ouPath())
                        .number(6, (double) gap.fail()).number(7, (double) gap.unknown())
                        .text(8, check.remediation().console(), styles.wrap).text(9, "").date(10, styles.date).text(11, "Open");
                count++;
            }
        }
        int last = Math.max(count, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.length - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation status = helper.createValidation(helper.createExplicitListConstraint(PLAN_STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(1, last, 11, 11));
        status.setShowErrorBox(true);
        status.createErrorBox("Status", "Choose one of: " + String.join(", ", PLAN_STATUSES));
        sheet.addValidationData(status);
        DataValidation due = helper.createValidation(helper.createDateConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                "DATE(2000,1,1)", null, null), new CellRangeAddressList(1, last, 10, 10));
        due.setShowErrorBox(true);
        due.createErrorBox("Due date", "Enter a date.");
        sheet.addValidationData(due);
    }

    /** The overall and per-area scores of the recorded runs of the same scope up to this one, with a native line chart. */
    private static void trend(SXSSFWorkbook workbook, SXSSFSheet sheet, ReportModel model, Styles styles) {
        List<String> columns = new ArrayList<>(List.of("Run", "Started (UTC)", "Overall"));
        model.areas().forEach(area -> columns.add(area.label()));
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (c == 0 ? 24 : c == 1 ? 22 : 14) * 256);
        }
        Rows rows = new Rows(sheet, styles);
        rows.header(columns.toArray(String[]::new));
        sheet.createFreezePane(0, 1);
        for (ReportModel.TrendPoint point : model.trend()) {
            rows.next().text(0, point.runId()).text(1, point.started()).number(2, point.score());
            for (int a = 0; a < point.areaScores().size(); a++) {
                rows.number(3 + a, point.areaScores().get(a));
            }
        }
        int points = model.trend().size();
        if (points < 2) {
            return;
        }
        XSSFSheet chartSheet = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = chartSheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, points + 2, 10, points + 22));
        chart.setTitleText("Readiness score per run");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis runs = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.LEFT);
        scores.setMinimum(0);
        scores.setMaximum(100);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, runs, scores);
        var labels = XDDFDataSourcesFactory.fromArray(model.trend().stream().map(ReportModel.TrendPoint::started).toArray(String[]::new),
                new CellRangeAddress(1, points, 1, 1).formatAsString(sheet.getSheetName(), true));
        for (int c = 2; c < columns.size(); c++) {
            int column = c;
            Double[] values = model.trend().stream().map(p -> column == 2 ? p.score() : p.areaScores().get(column - 3))
                    .map(v -> v == null ? null : Math.round(v * 10) / 10.0).toArray(Double[]::new);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(labels, XDDFDataSourcesFactory.fromArray(values,
                    new CellRangeAddress(1, points, column, column).formatAsString(sheet.getSheetName(), true)));
            series.setTitle(columns.get(c), null);
            series.setSmooth(false);
        }
        chart.plot(data);
    }

    /** Every finding that changed since the previous comparable run, and every gap still open, with the day it was first seen. */
    private static void changes(SXSSFSheet sheet, ReportModel model, Styles styles) {
        String[] columns = {"Change", "Severity", "Status", "Previous status", "Check", "Title", "Account ID", "Account name", "Region",
                "Resource", "First seen (UTC)", "Age (days)", "Message"};
        int[] widths = {15, 11, 15, 15, 11, 40, 15, 24, 14, 50, 22, 10, 80};
        Rows rows = Rows.sheet(sheet, styles, columns, widths);
        if (model.changes() == null) {
            rows.next().text(0, "No earlier run of the same accounts and Regions is in the run history; changes are listed from the next run on.");
            return;
        }
        long[] count = {0};
        model.findings().forEach(f -> {
            Finding.Change change = f.change();
            if (change == null || change.state() == Finding.ChangeState.UNCHANGED) {
                return;
            }
            rows.next().text(0, change.state().name()).text(1, f.severity() == null ? "" : f.severity().label(), styles.severity.get(f.severity()))
                    .text(2, f.status().name(), styles.status.get(f.status())).text(3, change.previousStatus() == null ? "" : change.previousStatus().name())
                    .text(4, f.checkId()).text(5, f.title()).text(6, f.accountId()).text(7, f.accountName())
                    .text(8, f.region() == null ? "(account)" : f.region()).text(9, f.resourceId()).text(10, change.firstSeen())
                    .number(11, change.ageDays() == null ? null : change.ageDays().doubleValue()).text(12, f.message());
            count[0]++;
        });
        sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count[0], 1), 0, columns.length - 1));
    }

    /** What could not be assessed (UNKNOWN) or was left out (SKIPPED), with the reason, so no gap in coverage is silent. */
    private static void coverage(SXSSFSheet sheet, ReportModel model, Styles styles) {
        FindingRows findings = model.findings();
        String[] columns = {"Status", "Check", "Title", "Account ID", "Account name", "Region", "Resource", "Reason", "Evidence"};
        int[] widths = {13, 11, 40, 15, 24, 14, 50, 90, 45};
        Rows rows = Rows.sheet(sheet, styles, columns, widths);
        long[] count = {0};
        findings.forEach(f -> {
            // A skipped Region is listed once, by its scope finding, not again by each regional check it was skipped for.
            boolean listed = f.status() == Status.UNKNOWN || f.status() == Status.SKIPPED && ScopeFindings.CHECK_ID.equals(f.checkId());
            if (!listed) {
                return;
            }
            rows.next().text(0, f.status().name(), styles.status.get(f.status())).text(1, f.checkId()).text(2, f.title())
                    .text(3, f.accountId()).text(4, f.accountName()).text(5, f.region() == null ? "(account)" : f.region())
                    .text(6, f.resourceId()).text(7, f.message()).text(8, f.evidenceRef());
            count[0]++;
        });
        if (count[0] == 0) {
            rows.next().text(0, "Every check could be assessed in every account in scope.");
        }
        sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count[0], 1), 0, columns.length - 1));
        if (!model.regions().skipped().isEmpty()) {
            rows.next();
            rows.next().text(0, model.regions().summary() + ": each is listed above with its reason (check " + ScopeFindings.CHECK_ID
                    + "); the regional checks' SKIPPED findings there are left out.");
        }
        model.regions().unlisted().forEach(unlisted -> rows.next().text(0, "Regions not listed").text(7, unlisted));
    }

    /** The waivers that matched FAIL findings: who accepted which risk until when, and how many findings each covers. */
    private static void waivers(SXSSFSheet sheet, ReportModel model, Styles styles) {
        String[] columns = {"Check", "Ticket", "Approver", "Reason", "Expires", "State", "Findings"};
        int[] widths = {11, 16, 26, 70, 12, 22, 10};
        Rows rows = Rows.sheet(sheet, styles, columns, widths);
        for (ReportModel.WaiverUse waiver : model.waivers()) {
            rows.next().text(0, waiver.checkId()).text(1, waiver.ticket()).text(2, waiver.approver()).text(3, waiver.reason(), styles.wrap)
                    .text(4, waiver.expires()).text(5, waiver.expired() ? "EXPIRED: findings stay FAIL" : "in force: findings WAIVED",
                            styles.status.get(waiver.expired() ? Status.FAIL : Status.WAIVED))
                    .number(6, (double) waiver.findings());
        }
        if (model.waivers().isEmpty()) {
            rows.next().text(0, "No waiver (config/waivers.yml) matched a finding of this run.");
        }
    }

    /** Each file of the evidence bundle with its SHA-256, as the bag manifest lists it. */
    private static void evidenceIndex(SXSSFSheet sheet, ReportModel model, Styles styles) {
        sheet.setColumnWidth(0, 70 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        Rows rows = new Rows(sheet, styles);
        rows.header("File", "SHA-256");
        sheet.createFreezePane(0, 1);
        model.evidenceFiles().forEach(file -> rows.next().text(0, file.path()).text(1, file.sha256()));
        rows.next();
        rows.next().text(0, "Check a file with: sha256sum <file>; check the whole bag with: irready verify <export.zip>.");
    }

    /** The catalog, with one column per framework the checks map to. */
    private static void checks(Sheet sheet, List<CheckMetadata> catalog, Styles styles) {
        List<String> columns = new ArrayList<>(List.of("Check", "Title", "Severity", "Area", "Rationale", "Console", "AWS CLI",
                "Infrastructure as code", "AWS SIR Guide"));
        for (Framework framework : Framework.values()) {
            columns.add(framework.label());
        }
        int[] widths = {11, 40, 11, 20, 70, 60, 70, 60, 30};
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 24) * 256);
        }
        Rows rows = new Rows(sheet, styles);
        rows.header(columns.toArray(String[]::new));
        sheet.createFreezePane(0, 1);
        for (CheckMetadata check : catalog) {
            var fix = check.remediation();
            String code = fix.cloudformation() != null ? fix.cloudformation() : fix.terraform();
            rows.next().text(0, check.id()).text(1, check.title()).text(2, check.severity().label(), styles.severity.get(check.severity()))
                    .text(3, check.area().label()).text(4, check.rationale(), styles.wrap).text(5, fix.console(), styles.wrap)
                    .text(6, fix.cli(), styles.wrap).text(7, code, styles.wrap).text(8, check.references().sirGuide(), styles.wrap);
            for (Framework framework : Framework.values()) {
                rows.text(9 + framework.ordinal(), String.join(", ", check.references().of(framework)), styles.wrap);
            }
        }
    }

    /** Appends rows to a sheet and writes cells, neutralising text a spreadsheet would evaluate. */
    private static final class Rows {
        private final Sheet sheet;
        private final Styles styles;
        private Row row;

        Rows(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        /** A sheet laid out for rows: column widths (in characters), a header row, frozen. */
        static Rows sheet(Sheet sheet, Styles styles, String[] columns, int[] widths) {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Rows rows = new Rows(sheet, styles);
            rows.header(columns);
            sheet.createFreezePane(0, 1);
            return rows;
        }

        Rows next() {
            row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
            return this;
        }

        int index() {
            return row == null ? -1 : row.getRowNum();
        }

        /** A HYPERLINK formula rather than a cell hyperlink: Excel allows 65,530 of those per sheet, and findings can be more. */
        Rows link(int column, String url, CellStyle style) {
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < url.length(); i += FORMULA_LITERAL) {
                pieces.add("\"" + url.substring(i, Math.min(url.length(), i + FORMULA_LITERAL)).replace("\"", "\"\"") + "\"");
            }
            var cell = row.createCell(column);
            cell.setCellFormula("HYPERLINK(" + String.join("&", pieces) + ",\"Open\")");
            cell.setCellStyle(style);
            return this;
        }

        /** An empty cell formatted as a date, for the reader to fill in. */
        Rows date(int column, CellStyle style) {
            row.createCell(column).setCellStyle(style);
            return this;
        }

        void header(String... titles) {
            next();
            for (int c = 0; c < titles.length; c++) {
                text(c, titles[c], styles.header);
            }
        }

        Rows text(int column, String value) {
            return text(column, value, null);
        }

        Rows text(int column, String value, CellStyle style) {
            String text = value == null ? "" : value;
            if (text.length() > MAX_CELL_TEXT) {
                String marker = " … [truncated: the value has " + String.format("%,d", text.length())
                        + " characters; the full value is in findings.json]";
                int end = MAX_CELL_TEXT - marker.length();
                end = Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
                text = text.substring(0, end) + marker;
            }
            var cell = row.createCell(column);
            cell.setCellValue(text);
            if (isFormulaLike(text)) {
                cell.setCellStyle(styles.quoted(style));
            } else if (style != null) {
                cell.setCellStyle(style);
            }
            return this;
        }

        Rows number(int column, Double value) {
            var cell = row.createCell(column);
            if (value != null) {
                cell.setCellValue(Math.round(value * 10) / 10.0);
            } else {
                cell.setCellValue("n/a");
            }
            return this;
        }
    }

    static boolean isFormulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Cell styles, made once per workbook (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle link;
        final CellStyle date;
        final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
        final Map<Status, CellStyle> status = new EnumMap<>(Status.class);
        private final Map<CellStyle, CellStyle> quoted = new java.util.HashMap<>();
        private final CellStyle plainQuoted;
        private final SXSSFWorkbook workbook;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Font linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link = workbook.createCellStyle();
            link.setFont(linkFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            severity.put(Severity.CRITICAL, filled(IndexedColors.DARK_RED, IndexedColors.WHITE));
            severity.put(Severity.HIGH, filled(IndexedColors.RED, IndexedColors.WHITE));
            severity.put(Severity.MEDIUM, filled(IndexedColors.LIGHT_ORANGE, IndexedColors.BLACK));
            severity.put(Severity.LOW, filled(IndexedColors.LIGHT_CORNFLOWER_BLUE, IndexedColors.BLACK));
            status.put(Status.FAIL, filled(IndexedColors.ROSE, IndexedColors.BLACK));
            status.put(Status.UNKNOWN, filled(IndexedColors.LIGHT_YELLOW, IndexedColors.BLACK));
            status.put(Status.PASS, filled(IndexedColors.LIGHT_GREEN, IndexedColors.BLACK));
            status.put(Status.NOT_APPLICABLE, filled(IndexedColors.GREY_25_PERCENT, IndexedColors.BLACK));
            status.put(Status.SKIPPED, filled(IndexedColors.GREY_40_PERCENT, IndexedColors.BLACK));
            status.put(Status.WAIVED, filled(IndexedColors.LAVENDER, IndexedColors.BLACK));
            plainQuoted = workbook.createCellStyle();
            plainQuoted.setQuotePrefixed(true);
        }

        CellStyle quoted(CellStyle base) {
            if (base == null) {
                return plainQuoted;
            }
            return quoted.computeIfAbsent(base, b -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(b);
                style.setQuotePrefixed(true);
                return style;
            });
        }

        private CellStyle filled(IndexedColors fill, IndexedColors text) {
            Font font = workbook.createFont();
            font.setColor(text.getIndex());
            font.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setFont(font);
            return style;
        }
    }
}
