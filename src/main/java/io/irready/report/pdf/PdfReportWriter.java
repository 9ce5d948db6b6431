package io.irready.report.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.irready.InputException;
import io.irready.files.AtomicFiles;
import io.irready.report.ReportModel;
import io.irready.report.ReportTemplates;
import io.irready.report.ReportWriter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

/**
 * The PDF for compliance officers: report.ftlh rendered by FreeMarker, laid out by openhtmltopdf
 * as PDF/A-3b with embedded fonts (archival, and readable in ten years), tagged for accessibility (PDF/UA).
 */
public final class PdfReportWriter implements ReportWriter {

    static final String TEMPLATE = "report.ftlh";

    static {
        // openhtmltopdf logs each render step at INFO to its own console handler; keep its warnings only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ReportTemplates templates;
    private final Template template;

    public PdfReportWriter(ReportTemplates templates) {
        this.templates = templates;
        this.template = templates.template(TEMPLATE);
    }

    @Override
    public String fileName() {
        return "report.pdf";
    }

    @Override
    public void write(ReportModel model, Path target) {
        String html = html(model);
        AtomicFiles.write(target, out -> render(html, out));
    }

    private void render(String html, OutputStream out) {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(templates)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            fonts.register(builder, document, html);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
            // Tagged (PDF/UA): a screen reader follows headings, tables and reading order.
            builder.usePdfUaAccessbility(true);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            // The report embeds everything it shows; nothing is fetched from outside.
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML the PDF is made from. */
    String html(ReportModel model) {
        StringWriter html = new StringWriter();
        try {
            template.process(Map.of("report", model), html);
        } catch (TemplateException e) {
            throw new InputException("Report template " + TEMPLATE + " failed at line " + e.getLineNumber() + ": "
                    + e.getMessageWithoutStackTop().split("\n\n|\n----")[0].strip() + " Fix the template, then re-run the report from the collected "
                    + "evidence with: audit --evidence <run folder>/evidence", e);
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a template that resolves (through a link) outside the template folder.
            throw new InputException("Report template " + TEMPLATE + " tried to include a file outside the template folder: "
                    + e.getMessage() + ". Templates may include only files inside the folder.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
