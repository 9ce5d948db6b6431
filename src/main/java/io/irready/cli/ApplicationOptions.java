package io.irready.cli;

import io.irready.InputException;
import io.irready.IrreadyApplication;
import io.irready.batch.BoundCheckSettings;
import io.irready.settings.ConfigurationProblem;
import io.irready.settings.ConfigurationValidator;
import io.irready.settings.IrreadyProperties;
import io.irready.settings.StrictBinder;
import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.SpringProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of every command that starts the application (audit, report): configuration, templates, waiting. */
final class ApplicationOptions {

    static final String DEFAULT_CONFIG = "config/irready.yml";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (Spring Boot YAML or properties). Default: " + DEFAULT_CONFIG + " when it exists.")
    private Path config;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of report templates (report.ftlh, report.css, fonts/) overriding the packaged ones file by file. "
                    + "Default: irready.report.template-dir, else the packaged templates.")
    private Path templates;

    @Option(names = "--no-wait", description = "When another run is using the embedded job repository, exit 2 instead of waiting for it.")
    private boolean noWait;

    /** Refuses a configuration file or template folder that is not there, before anything starts. */
    void check() {
        if (config != null && !Files.isRegularFile(config)) {
            throw new InputException("--config " + config + ": no such file. Give the path of a YAML or properties file, e.g. " + DEFAULT_CONFIG + ".");
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new InputException("--templates " + templates + ": no such folder. Give a folder holding the templates to override "
                    + "(copy report-templates/ and edit it), or leave the option out for the packaged ones.");
        }
    }

    String configName() {
        return config == null ? DEFAULT_CONFIG : config.toString();
    }

    RepositoryLock lock(PrintWriter stderr) {
        return new RepositoryLock(!noWait, stderr);
    }

    /** Prints every problem of the configuration; false when there is one. */
    boolean validConfiguration(ConfigurableApplicationContext context, PrintWriter stderr, String consequence) {
        StrictBinder.verify(context.getEnvironment());
        List<ConfigurationProblem> problems = ConfigurationValidator.validate(context.getBean(IrreadyProperties.class),
                context.getBean(BoundCheckSettings.class).values());
        if (problems.size() == 1) {
            stderr.println("irready: the configuration is not valid, " + consequence + ": " + problems.get(0));
        } else if (!problems.isEmpty()) {
            stderr.println("irready: the configuration has " + problems.size() + " problem(s); " + consequence + ":");
            problems.forEach(p -> stderr.println("  - " + p));
        }
        return problems.isEmpty();
    }

    /**
     * The application with the configuration file (or the default one, when it exists) and command-line overrides.
     * {@code remote} (audit --manager, worker): the remote partitioning beans are chosen by the configuration at run
     * time, so the context is not the one worked out ahead of time for a run in one process, even where the launcher
     * asks for that one (-Dspring.aot.enabled=true).
     */
    ConfigurableApplicationContext start(RepositoryLock lock, List<String> overrides, boolean remote) {
        if (remote) {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
        }
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.config.import=" + (config == null ? "optional:file:" + DEFAULT_CONFIG : "file:" + config.toAbsolutePath()));
        arguments.addAll(overrides);
        if (templates != null) {
            arguments.add("--irready.report.template-dir=" + templates.toAbsolutePath());
        }
        return new SpringApplicationBuilder(IrreadyApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(lock))
                .run(arguments.toArray(String[]::new));
    }
}
