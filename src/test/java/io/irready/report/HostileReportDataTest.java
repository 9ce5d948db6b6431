package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.report.pdf.PdfReportWriter;
import io.irready.report.xlsx.XlsxReportWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Values an account can hold (any script, any length) reach the reports readable and bounded. */
class HostileReportDataTest {

    private static final String FIVE_MB_NAME = "bucket-" + "x".repeat(5 * 1024 * 1024);
    private static final String SCRIPTS = "ログ保管庫 审计日志 감사로그 Журнал ✅ 🔥 ∑ ⚠";

    @TempDir
    Path dir;

    private static Finding gap(String resource, String message) {
        return new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING,
                "123456789012", "prod", "us-east-1", resource, Status.FAIL, message, "data/x.json", null);
    }

    @Test
    void aFiveMegabyteNameIsCutWithAVisibleMarkerAndRendersInSeconds() throws Exception {
        var model = ReportFixtures.model(List.of(gap(FIVE_MB_NAME, "Bucket " + FIVE_MB_NAME + " has no Owner tag.")), 25);
        Path pdf = dir.resolve("report.pdf");
        Path xlsx = dir.resolve("report.xlsx");

        long started = System.nanoTime();
        new PdfReportWriter(new ReportTemplates(null)).write(model, pdf);
        new XlsxReportWriter().write(model, xlsx);
        assertThat((System.nanoTime() - started) / 1e9).as("seconds to write both reports").isLessThan(30);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("[truncated: the value has 5,242,887 characters; the full value is in findings.json]");
            assertThat(text).doesNotContain("x".repeat(BoundedTextWrapper.MAX + 1));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : workbook.getSheet("Findings")) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
            assertThat(cells).anySatisfy(cell -> assertThat(cell).hasSize(32_767)
                    .endsWith("[truncated: the value has 5,242,887 characters; the full value is in findings.json]"));
        }
    }

    @Test
    void textInAnyScriptRendersWithEmbeddedFallbackFonts() throws Exception {
        var model = ReportFixtures.model(List.of(gap("arn:aws:s3:::" + SCRIPTS, "Bucket " + SCRIPTS + " has no Owner tag.")), 25);
        Path pdf = dir.resolve("report.pdf");
        new PdfReportWriter(new ReportTemplates(null)).write(model, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ログ保管庫").contains("审计日志").contains("감사로그").contains("Журнал").contains("✅").contains("🔥")
                    .doesNotContain("###");
            Set<String> fonts = new HashSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("DroidSansFallback")).anyMatch(f -> f.contains("Symbola"));
        }
    }
}
