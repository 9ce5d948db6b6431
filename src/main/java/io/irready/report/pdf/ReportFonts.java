package io.irready.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.irready.InputException;
import io.irready.report.ReportTemplates;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The fonts of one PDF, all embedded as subsets: DejaVu Sans (regular and bold) always; the fallbacks for
 * Chinese and Japanese, Korean, and symbols and emoji only when the text has a character DejaVu Sans lacks,
 * as each fallback font is megabytes that the layout would otherwise load and measure for every report.
 */
final class ReportFonts implements Closeable {

    private static final String FAMILY = "DejaVu Sans";
    /** In the order report.css lists them after DejaVu Sans. */
    private static final List<Fallback> FALLBACKS = List.of(
            new Fallback("fonts/DroidSansFallbackFull.ttf", "Droid Sans Fallback"),
            new Fallback("fonts/NanumGothic.ttf", "NanumGothic"),
            new Fallback("fonts/Symbola.ttf", "Symbola"));

    private record Fallback(String file, String family) {
    }

    private final ReportTemplates templates;
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private ReportFonts(ReportTemplates templates, TrueTypeFont regular, TrueTypeFont bold) {
        this.templates = templates;
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(ReportTemplates templates) throws IOException {
        TrueTypeFont regular = parse(templates, "fonts/DejaVuSans.ttf");
        try {
            return new ReportFonts(templates, regular, parse(templates, "fonts/DejaVuSans-Bold.ttf"));
        } catch (RuntimeException e) {
            regular.close();
            throw e;
        }
    }

    /**
     * Gives the builder the fonts {@code html} needs, embedded in {@code document} (the document the builder writes).
     * Without ligature substitution: text copied or searched in the PDF reads "fi", not the single glyph "ﬁ".
     */
    void register(PdfRendererBuilder builder, PDDocument document, String html) throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FAMILY, 700, FontStyle.NORMAL, true);
        if (needsFallbacks(html)) {
            for (Fallback fallback : FALLBACKS) {
                builder.useFont(() -> templates.open(fallback.file()), fallback.family(), 400, FontStyle.NORMAL, true);
            }
        }
    }

    /** Whether {@code text} has a character that regular or bold DejaVu Sans has no glyph for (control characters are never drawn). */
    private boolean needsFallbacks(String text) throws IOException {
        var regularGlyphs = regular.getUnicodeCmapLookup();
        var boldGlyphs = bold.getUnicodeCmapLookup();
        return text.codePoints().anyMatch(c -> !Character.isISOControl(c) && (regularGlyphs.getGlyphId(c) == 0 || boldGlyphs.getGlyphId(c) == 0));
    }

    private static TrueTypeFont parse(ReportTemplates templates, String file) {
        try (InputStream in = templates.open(file)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A font from a --templates folder is outside input: not a font, or one the parser cannot follow.
            throw templates.unreadable(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            regular.close();
        } finally {
            bold.close();
        }
    }
}
