package io.irready.config;

import io.irready.checks.CheckSettings;
import io.irready.checks.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Everything under {@code irready.} in configuration. Defaults live in the packaged
 * application.yml; config/irready.yml and environment variables override them. Unknown keys are
 * an error, so a typo cannot silently leave a default in force.
 */
@ConfigurationProperties(prefix = "irready", ignoreUnknownFields = false)
public record IrreadyProperties(Scope scope,
                                Collect collect,
                                Aws aws,
                                Output output,
                                Exit exit,
                                CheckSettings checks,
                                Report report) {

    /** The Regions audited in the account of the current credentials. */
    public record Scope(List<String> regions) {
    }

    /** How many collectors run at once per account. */
    public record Collect(int concurrency) {
    }

    /** {@code endpoint}: send every AWS call there (an emulator); empty for AWS itself. */
    public record Aws(String endpoint, int maxAttempts) {
    }

    /** Where run folders are created. */
    public record Output(String directory) {
    }

    /** FAIL or UNKNOWN findings at or above this severity make the run exit 1. */
    public record Exit(Severity failAtSeverity) {
    }

    /** {@code templateDir}: a folder of templates that override the packaged ones (optional). */
    public record Report(String templateDir, int pdfResourcesPerCheck) {
    }
}
