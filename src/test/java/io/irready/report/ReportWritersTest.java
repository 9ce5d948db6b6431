package io.irready.report;

import io.irready.InputException;
import io.irready.checks.Area;
import io.irready.checks.CheckCatalog;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.report.pdf.PdfReportWriter;
import io.irready.report.xlsx.XlsxReportWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWritersTest {

    @TempDir
    Path dir;

    private static final Finding FORMULA = new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING,
            "123456789012", "prod", "us-east-1", "=HYPERLINK(\"http://evil\",\"x\")", Status.FAIL, "+cmd|' /C calc'!A0", "data/x.json", null);

    @Test
    void pdfShowsScoreScopeGapsAndRemediation() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        new PdfReportWriter(new ReportTemplates(null)).write(ReportFixtures.model(List.of(), 25), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Incident-response readiness")
                    .contains("Readiness score")
                    .contains("Run 20261127T010000Z-abcd")
                    .contains("Regions us-east-1")
                    .contains("Run started 2026-11-27 01:00:00 UTC")
                    .contains("arn:aws:sts::123456789012:assumed-role/irready-audit/nightly")
                    .contains("Account prod (123456789012)")
                    .contains("IR-LOG-01 · Multi-Region trail records all management events")
                    .contains("Why it matters")
                    .contains("aws cloudtrail start-logging")
                    .contains("is not logging")
                    .contains("Page 2 of");
            assertThat(document.getDocumentCatalog().getMetadata()).as("PDF/A XMP metadata").isNotNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp).contains("pdfaid:part").contains("3");
            assertThat(document.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
        }
    }

    @Test
    void pdfAndFindingsMarkAttestedFindings() throws Exception {
        Finding stalePlan = new Finding("IR-ATT-01", "Incident response plan and RACI are current", Severity.HIGH, Area.CONTACTS, "123456789012",
                "prod", null, "ir-plan", Status.FAIL, "'ir-plan' attested on 2025-01-01 by Security operations, 696 days ago", Finding.ATTESTATIONS_REF, null);
        Path pdf = dir.resolve("report.pdf");
        new PdfReportWriter(new ReportTemplates(null)).write(ReportFixtures.model(List.of(stalePlan), 25), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("FAIL attested account-wide ir-plan");
        }
        assertThat(io.irready.evidence.Json.MAPPER.writeValueAsString(stalePlan)).contains("\"attested\" : true");
        assertThat(io.irready.evidence.Json.MAPPER.writeValueAsString(FORMULA)).contains("\"attested\" : false");
        assertThat(io.irready.evidence.Json.MAPPER.readValue(io.irready.evidence.Json.MAPPER.writeValueAsString(stalePlan), Finding.class))
                .isEqualTo(stalePlan);
    }

    @Test
    void pdfShowsNotApplicableWhereNothingCouldBeAssessed() throws Exception {
        var facts = new ReportModelBuilder.RunFacts("run", "0.1.0", Instant.EPOCH, Instant.EPOCH, "", "", "test", null, null, null, null, null, null);
        ReportModel empty = ReportModelBuilder.build(facts, ReportFixtures.SCOPE, Map.of(), ReportModel.RegionCoverage.NONE, List.of(), CheckCatalog.metadata(),
                FindingRows.of(List.of()), 5, List.of());
        Path pdf = dir.resolve("report.pdf");
        new PdfReportWriter(new ReportTemplates(null)).write(empty, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("n/a");
        }
    }

    @Test
    void pdfListsAFewResourcesPerGapAndPointsToTheWorkbookForTheRest() throws Exception {
        List<Finding> many = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> many.add(new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING,
                "123456789012", "prod", "us-east-1", "arn:aws:s3:::bucket-" + i, Status.FAIL, "Missing tag keys Owner.", "data/x.json", null)));
        Path pdf = dir.resolve("report.pdf");
        new PdfReportWriter(new ReportTemplates(null)).write(ReportFixtures.model(many, 5), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("arn:aws:s3:::bucket-0").doesNotContain("arn:aws:s3:::bucket-29").contains("… and 25 more");
        }
    }

    @Test
    void xlsxHasSummaryFindingsAndChecksSheets() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        ReportModel model = ReportFixtures.model(List.of(FORMULA), 25);
        new XlsxReportWriter().write(model, xlsx);

        try (var workbook = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Findings", "Remediation plan", "Changes", "Trend", "Coverage", "Waivers", "Accounts", "Account checks", "Checks",
                    "Evidence index");
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(text(findings.getRow(0))).startsWith("Severity", "Status", "Check", "Title", "Area", "Account ID");
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(findings.getTables()).singleElement().satisfies(table -> {
                assertThat(table.getArea().formatAsString()).isEqualTo("A1:M" + (ReportFixtures.rows(model).size() + 1));
                assertThat(table.getCTTable().getAutoFilter()).isNotNull();
                assertThat(table.getColumns()).extracting(c -> c.getName()).containsExactlyElementsOf(text(findings.getRow(0)));
            });
            assertThat(text(findings.getRow(0))).endsWith("Evidence", "Basis", "Console");
            Row attested = rowWith(findings, "ir-plan");
            assertThat(attested.getCell(10).getStringCellValue()).isEqualTo("data/attestations.json");
            assertThat(attested.getCell(11).getStringCellValue()).isEqualTo("Attested");
            assertThat(rowWith(findings, "arn:aws:s3:::audit-logs").getCell(11).getStringCellValue()).isEqualTo("AWS evidence");
            assertThat(findings.getLastRowNum()).isEqualTo(ReportFixtures.rows(model).size());

            Row first = findings.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Critical");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("FAIL");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("IR-LOG-01");
            assertThat(first.getCell(0).getCellStyle().getFillForegroundColor()).isNotEqualTo(first.getCell(2).getCellStyle().getFillForegroundColor());

            Row formula = rowWith(findings, "=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(formula.getCell(8).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formula.getCell(9).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formula.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();

            Sheet summary = workbook.getSheet("Summary");
            assertThat(text(summary.getRow(1))).startsWith("Readiness score");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(Math.round(model.score() * 10) / 10.0);
            assertThat(workbook.getSheet("Checks").getLastRowNum()).isEqualTo(model.catalog().size());
        }
    }

    @Test
    void aTemplateSyntaxErrorNamesTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("report.ftlh"), "<html>\n<#if report.score>\n</html>");
        assertThatThrownBy(() -> new PdfReportWriter(new ReportTemplates(dir)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("report.ftlh has an error at line")
                .hasMessageContaining(dir.toString());
    }

    @Test
    void aTemplateRuntimeErrorIsBadInputAndWritesNoFile() throws Exception {
        Files.writeString(dir.resolve("report.ftlh"), "<html><body>${report.noSuchField}</body></html>");
        Path pdf = dir.resolve("out/report.pdf");
        assertThatThrownBy(() -> new PdfReportWriter(new ReportTemplates(dir)).write(ReportFixtures.model(List.of(), 5), pdf))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("report.ftlh failed at line 1")
                .hasMessageContaining("noSuchField");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anOverrideFolderMayReplaceOnlyTheStylesheet() throws Exception {
        Files.writeString(dir.resolve("report.css"), "* { font-family: 'DejaVu Sans'; } body { color: #000; }");
        Path pdf = dir.resolve("report.pdf");
        new PdfReportWriter(new ReportTemplates(dir)).write(ReportFixtures.model(List.of(), 5), pdf);
        assertThat(pdf).isNotEmptyFile();
    }

    private static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell.getNumericCellValue()));
        }
        return values;
    }

    private static Row rowWith(Sheet sheet, String resource) {
        for (Row row : sheet) {
            if (row.getCell(8) != null && resource.equals(row.getCell(8).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + resource);
    }
}
