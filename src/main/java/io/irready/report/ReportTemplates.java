package io.irready.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import io.irready.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The report templates, fonts and styles: from the user's override folder when it has the file,
 * else the packaged {@code report-templates/}. Templates are HTML-escaping {@code .ftlh} files and
 * may not instantiate classes or reach the Java API.
 */
public final class ReportTemplates {

    private static final String PACKAGED = "/report-templates";

    private final Path overrideDir;
    private final Configuration configuration;

    public ReportTemplates(Path overrideDir) {
        this.overrideDir = overrideDir;
        this.configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader(overrideDir));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setObjectWrapper(new BoundedTextWrapper());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
    }

    /** Loads and parses a template; a missing or malformed one is bad input, reported before any AWS call. */
    public Template template(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (ParseException e) {
            throw new InputException("Report template " + name + " has an error at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getEditorMessage() + where(), e);
        } catch (IOException e) {
            throw new InputException("Report template " + name + " could not be loaded: " + e.getMessage() + where(), e);
        }
    }

    /** Opens a packaged resource such as a font, preferring the override folder. */
    public InputStream open(String name) {
        try {
            // Like the template loader, the override folder's files are read only when they are not links.
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return Files.newInputStream(overrideDir.resolve(name));
            }
            InputStream packaged = ReportTemplates.class.getResourceAsStream(PACKAGED + "/" + name);
            if (packaged == null) {
                throw new InputException("Report resource " + name + " is missing" + where());
            }
            return packaged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource that is there but could not be read as what it should be, e.g. a font; bad input, naming the file. */
    public InputException unreadable(String name, Exception cause) {
        return new InputException("Report resource " + name + " could not be read: " + cause.getMessage() + where(), cause);
    }

    private String where() {
        return overrideDir == null
                ? " (packaged templates)"
                : " (templates in " + overrideDir + ", falling back to the packaged ones; fix the file or remove it)";
    }

    private static TemplateLoader loader(Path overrideDir) {
        TemplateLoader packaged = new ClassTemplateLoader(ReportTemplates.class, PACKAGED);
        if (overrideDir == null) {
            return packaged;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrideDir.toFile()), packaged});
        } catch (IOException e) {
            throw new InputException("The template folder " + overrideDir + " cannot be read: " + e.getMessage(), e);
        }
    }
}
