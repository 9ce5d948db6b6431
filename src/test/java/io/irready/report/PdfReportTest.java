package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.report.ReportModel.CheckOutcome;
import io.irready.report.pdf.PdfReportWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF read back with PDFBox: what a compliance officer sees, and what PDF/A and PDF/UA require. */
class PdfReportTest {

    @TempDir
    Path dir;

    @Test
    void coverContentsSummaryAndAppendixWithPageNumbers() throws Exception {
        ReportModel model = ReportFixtures.branded(List.of(), 25, "Example Corp", null);
        Path pdf = write(model, null);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String cover = text(document, 1, 1);
            assertThat(cover).contains("Example Corp").contains("Incident-response readiness")
                    .contains("Regions us-east-1").contains("Run started 2026-11-27 01:00:00 UTC").contains("Run ended 2026-11-27 01:02:00 UTC")
                    .contains("Tool version irready 0.1.0").contains("Configuration hash " + model.run().configurationHash())
                    .doesNotContain("Page 1 of");
            assertThat(model.run().configurationHash()).matches("[0-9a-f]{64}");

            String contents = text(document, 2, 2);
            assertThat(contents).contains("Example Corp · Incident-response readiness · run 20261127T010000Z-abcd")
                    .containsPattern("Executive summary \\.+ 3").containsPattern("Appendix: the checks.*\\.+ \\d+")
                    .containsPattern("Methodology \\.+ " + document.getNumberOfPages())
                    .contains("Page 2 of " + document.getNumberOfPages());

            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("Score per area").contains("Top gaps").contains("Coverage: what could not be assessed")
                    .contains("Account prod (123456789012)").contains(String.format("%.1f", model.score()))
                    .contains("IR-LOG-01 · Multi-Region trail records all management events")
                    .contains("References. AWS SIR Guide").contains("Methodology");
            List<String> top = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> top.add(item.getTitle()));
            assertThat(top).as("a flat outline, one level per section").containsExactly("Cover", "Contents", "Executive summary", "What changed since the last run", "Coverage",
                    "Readiness by area", "Accounts", "Appendix: checks", "Methodology");
            assertThat(bookmarks(document)).containsSubsequence("Accounts", "prod (123456789012)", "Appendix: checks");
        }
    }

    @Test
    void isPdfA3bTaggedForAccessibilityWithEveryFontEmbeddedAndRenders() throws Exception {
        Path pdf = write(ReportFixtures.model(List.of(), 25), null);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp).contains("pdfaid:part").contains("pdfaid:conformance");
            assertThat(xmp.replaceAll("\\s+", " ")).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)B")
                    .contains("pdfuaid:part");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(2, 72);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            assertThat(ImageIO.write(image, "png", png)).isTrue();
            assertThat(png.size()).isGreaterThan(1000);
            assertThat(hasNonWhitePixel(image)).as("page 3 shows something").isTrue();
        }
    }

    @Test
    void anAccountsGapLinksToItsCheckInTheAppendixInsteadOfRepeatingIt() throws Exception {
        Path pdf = write(ReportFixtures.model(List.of(), 25), null);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int appendix = firstPageWith(document, "Appendix: the checks, why they matter", 3);
            var reference = java.util.regex.Pattern.compile("Why it matters and how to fix it: appendix, IR-LOG-01, page (\\d+)")
                    .matcher(text(document, 1, appendix - 1));
            assertThat(reference.find()).as("the gap's reference to the appendix").isTrue();
            int page = Integer.parseInt(reference.group(1));
            assertThat(page).isGreaterThanOrEqualTo(appendix);
            assertThat(text(document, page, page)).contains("IR-LOG-01 · Multi-Region trail records all management events")
                    .contains("How to fix.").contains("aws cloudtrail");
            assertThat(text(document, 1, appendix - 1)).as("remediation is printed once, in the appendix").doesNotContain("How to fix.");
        }
    }

    @Test
    void latinTextIsDrawnLetterByLetterWithDejaVuSansAlone() throws Exception {
        Path pdf = write(ReportFixtures.branded(List.of(), 25, "Fine Financial Services", null), null);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // The characters as drawn, before PDFTextStripper folds ligatures: a search for "fi" must find them.
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> drawn.append(position.getUnicode()));
                }
            };
            stripper.getText(document);
            assertThat(drawn.toString().contains("Fine Financial Services")).as("the organization name drawn as written").isTrue();
            assertThat(drawn.toString().contains("Configuration hash")).as("\"Configuration\" drawn as written").isTrue();
            assertThat(drawn.codePoints().filter(c -> c > 0x7e).mapToObj(Character::toString).distinct())
                    .as("characters beyond ASCII drawn").doesNotContain("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).as("no fallback font is embedded for text DejaVu Sans covers").containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void aFontInTheTemplatesFolderThatIsNoFontIsBadInputNamingIt() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/fonts")).getParent();
        Files.writeString(templates.resolve("fonts/DejaVuSans.ttf"), "<html>not a font</html>");

        assertThatThrownBy(() -> write(ReportFixtures.model(List.of(), 25), templates))
                .isInstanceOf(io.irready.InputException.class)
                .hasMessageContaining("Report resource fonts/DejaVuSans.ttf could not be read")
                .hasMessageContaining("templates in " + templates);
        assertThat(dir.resolve("overridden.pdf")).as("no report under the final name").doesNotExist();
    }

    @Test
    void theConfiguredLogoIsOnTheCover() throws Exception {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        logo.getGraphics().fillRect(0, 0, 40, 20);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Path file = dir.resolve("logo.png");
        Files.write(file, png.toByteArray());
        String uri = ReportLogo.dataUri(file.toString());
        assertThat(uri).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));

        Path pdf = write(ReportFixtures.branded(List.of(), 25, "Example Corp", uri), null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage cover = document.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (var name : cover.getResources().getXObjectNames()) {
                if (cover.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).anySatisfy(image -> assertThat(image.getWidth()).isEqualTo(40));
        }
    }

    @Test
    void anOverridingStylesheetVisiblyChangesTheOutput() throws Exception {
        Path packaged = write(ReportFixtures.model(List.of(), 25), null);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.css"), "* { font-family: 'DejaVu Sans'; } h1 { color: #ff0000; }");
        Path overridden = write(ReportFixtures.model(List.of(), 25), templates);

        try (PDDocument before = Loader.loadPDF(packaged.toFile()); PDDocument after = Loader.loadPDF(overridden.toFile())) {
            assertThat(fillColours(before.getPage(0))).doesNotContain("1 0 0");
            assertThat(fillColours(after.getPage(0))).as("the title is red").contains("1 0 0");
        }
    }

    @Test
    void checksNotApplicableShowTheirReason() throws Exception {
        List<Finding> findings = new ArrayList<>(ReportFixtures.evaluated().stream().filter(f -> !f.checkId().equals("IR-DET-07")).toList());
        findings.add(new Finding("IR-DET-07", "Macie classifies S3 data", Severity.LOW, Area.DETECTION, "123456789012", "prod", "us-east-1",
                "account", Status.NOT_APPLICABLE, "No S3 bucket holds data to classify here.", "data/x.json", null));
        ReportModel model = ReportFixtures.exactly(findings, 25, null, null);
        CheckOutcome macie = model.accounts().get(0).checks().stream().filter(c -> c.check().id().equals("IR-DET-07")).findFirst().orElseThrow();
        assertThat(macie.passRate()).isNull();
        assertThat(macie.reason()).isEqualTo("No S3 bucket holds data to classify here.");
        Path pdf = write(model, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(text(document, 1, document.getNumberOfPages()))
                    .contains("IR-DET-07 Macie classifies S3 data Low not applicable: No S3 bucket holds data to classify here.");
        }
    }

    @Test
    void aLargeOrganizationGetsOneRankedRowPerAccountWithItsGapsAndABookmarkEach() throws Exception {
        List<io.irready.evidence.Target> targets = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            String id = String.format("%012d", 200000000000L + a);
            targets.add(new io.irready.evidence.Target(id, "workload-" + a, "Root/Workloads", List.of(), List.of("us-east-1"), null));
            findings.add(new Finding("IR-LOG-01", "Multi-Region trail records all management events", Severity.CRITICAL, Area.LOGGING, id,
                    "workload-" + a, null, "account", a % 3 == 0 ? Status.FAIL : Status.PASS, "Trail.", "data/x.json", null));
            findings.add(new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING, id, "workload-" + a,
                    "us-east-1", "arn:aws:s3:::b-" + a, a % 2 == 0 ? Status.FAIL : Status.PASS, "Tags.", "data/x.json", null));
        }
        var scope = new io.irready.evidence.Scope(ReportFixtures.SCOPE.caller(), "organization", targets, List.of(), ReportFixtures.SCOPE.collectionStarted());
        var facts = new ReportModelBuilder.RunFacts("run", "0.1.0", java.time.Instant.EPOCH, java.time.Instant.EPOCH, "", "", "test", "o-abc", null, null, null, null, null);
        ReportModel model = ReportModelBuilder.build(facts, scope, java.util.Map.of(), ReportModel.RegionCoverage.NONE, List.of(), io.irready.checks.CheckCatalog.metadata(),
                FindingRows.of(findings), 25, List.of());
        assertThat(model.resourceDetail()).isFalse();

        Path pdf = write(model, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("Failed or unknown checks").contains("workload-0 200000000000 · Root")
                    .containsPattern("Critical: IR-LOG-01 Medium: IR-TAG-02").doesNotContain("Account workload-0 (200000000000)");
            assertThat(bookmarks(document)).contains("workload-29 (200000000029)");
        }
    }

    @Test
    void whatChangedSinceTheLastRunListsCountsAndTheNewGaps() throws Exception {
        List<Finding> findings = new ArrayList<>(ReportFixtures.evaluated());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            boolean gap = f.status() == Status.FAIL || f.status() == Status.UNKNOWN;
            Finding.ChangeState state = f.checkId().equals("IR-LOG-01") ? Finding.ChangeState.NEW
                    : gap ? Finding.ChangeState.STILL_FAILING : Finding.ChangeState.UNCHANGED;
            findings.set(i, f.withChange(new Finding.Change(state, null, "20261120T020000Z-aaaa", gap ? "2026-11-20T02:00:00Z" : null, gap ? 7L : null)));
        }
        ReportModel model = ReportFixtures.exactly(findings, 25, null, null,
                new ReportModelBuilder.Comparison("20261120T020000Z-aaaa", java.time.Instant.parse("2026-11-20T02:00:00Z"), 3));
        assertThat(model.changes().newGaps()).isEqualTo(1);
        Path pdf = write(model, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("Compared with run 20261120T020000Z-aaaa of 2026-11-20 02:00:00 UTC")
                    .contains("New gaps 1").contains("Still failing " + model.changes().stillFailing()).contains("Gone 3")
                    .contains("New IR-LOG-01 Critical prod");
        }
        Path first = write(ReportFixtures.model(List.of(), 25), null);
        try (PDDocument document = Loader.loadPDF(first.toFile())) {
            assertThat(text(document, 1, document.getNumberOfPages())).contains("No earlier run of the same accounts and Regions");
        }
    }

    @Test
    void theTrendShowsTheScoresOfTheLastRuns() throws Exception {
        ReportModel model = ReportFixtures.withTrend(ReportFixtures.model(List.of(), 25), 40.0, 61.5);
        Path pdf = write(model, null);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(text(document, 1, document.getNumberOfPages())).contains("Trend over the last 3 runs")
                    .contains("Area 2026-11-01 2026-11-10 2026-11-27").contains("Overall 40.0 61.5 " + String.format("%.1f", model.score()));
        }
    }

    private Path write(ReportModel model, Path templates) {
        Path pdf = dir.resolve(templates == null ? "packaged.pdf" : "overridden.pdf");
        new PdfReportWriter(new ReportTemplates(templates)).write(model, pdf);
        return pdf;
    }

    private static String text(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static int firstPageWith(PDDocument document, String text, int from) throws Exception {
        for (int page = from; page <= document.getNumberOfPages(); page++) {
            if (text(document, page, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page has " + text);
    }

    private static List<String> bookmarks(PDDocument document) {
        List<String> titles = new ArrayList<>();
        collect(document.getDocumentCatalog().getDocumentOutline().children(), titles);
        return titles;
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    /** The operands of every {@code rg} (non-stroking RGB colour) operator on the page, as "r g b". */
    private static List<String> fillColours(PDPage page) throws Exception {
        List<String> colours = new ArrayList<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
                List<String> rgb = new ArrayList<>();
                for (int k = i - 3; k < i; k++) {
                    rgb.add(String.valueOf(((COSNumber) tokens.get(k)).floatValue()).replaceAll("\\.0$", ""));
                }
                colours.add(String.join(" ", rgb));
            }
        }
        return colours;
    }

    private static boolean hasNonWhitePixel(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                if (image.getRGB(x, y) != Color.WHITE.getRGB()) {
                    return true;
                }
            }
        }
        return false;
    }
}
