package io.irready.report;

import io.irready.InputException;
import io.irready.report.pdf.PdfReportWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template from a user's --templates folder is untrusted: it may lay out the report, not run code or read files. */
class HostileTemplateTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "${\"freemarker.template.utility.Execute\"?new()(\"touch PWNED\")}",
            "<#assign ob = \"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.io.File\", \"/etc/passwd\")}",
            "${report?api.getClass().getClassLoader()}",
            "${report.run?api.getClass()}",
            "<#include \"/etc/passwd\">",
            "<#include \"../../../../../../etc/passwd\">",
            "<#include \"secret-link.txt\">",
            "${report.getClass().getProtectionDomain()}",
    })
    void cannotRunCodeOrReadFiles(String hostile) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Files.createSymbolicLink(templates.resolve("secret-link.txt"), secret);
        Files.writeString(templates.resolve("report.ftlh"), "<html><body><p>before</p>" + hostile + "</body></html>");
        Path pdf = dir.resolve("report.pdf");

        assertThatThrownBy(() -> new PdfReportWriter(new ReportTemplates(templates)).write(ReportFixtures.model(List.of(), 5), pdf))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("report.ftlh")
                .hasMessageNotContaining("TOP-SECRET");
        assertThat(pdf).doesNotExist();
        assertThat(Path.of("PWNED")).doesNotExist();
    }

    @Test
    void markupCannotPullInLocalFiles() throws Exception {
        BufferedImage image = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
        Path secretImage = dir.resolve("secret.png");
        ImageIO.write(image, "png", secretImage.toFile());
        Path secretCss = Files.writeString(dir.resolve("secret.css"), "body::before { content: 'TOP-SECRET'; }");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.ftlh"), "<html><head><link rel=\"stylesheet\" href=\"" + secretCss.toUri() + "\"/>"
                + "<style>@import url(\"" + secretCss.toUri() + "\"); * { font-family: 'DejaVu Sans'; }</style></head><body><p>visible</p>"
                + "<img src=\"" + secretImage.toUri() + "\" alt=\"x\"/><object data=\"" + secretImage.toUri() + "\"></object>"
                + "<img src=\"http://169.254.169.254/latest/meta-data/\" alt=\"y\"/></body></html>");
        Path pdf = dir.resolve("report.pdf");

        new PdfReportWriter(new ReportTemplates(templates)).write(ReportFixtures.model(List.of(), 5), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("visible").doesNotContain("TOP-SECRET");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
            }
        }
    }
}
