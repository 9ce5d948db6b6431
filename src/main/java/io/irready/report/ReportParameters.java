package io.irready.report;

import io.irready.config.IrreadyProperties;
import io.irready.report.ReportModel.Parameter;

import java.util.List;
import java.util.Locale;

/** The configuration values a report's results depend on, as the cover lists them. */
public final class ReportParameters {

    private ReportParameters() {
    }

    public static List<Parameter> of(IrreadyProperties properties) {
        var checks = properties.checks();
        var roles = checks.responderRoles();
        return List.of(
                new Parameter("Minimum log retention (days)", String.valueOf(checks.logRetention().minimumDays())),
                new Parameter("Required tag keys", String.join(", ", checks.tagging().requiredKeys())),
                new Parameter("Responder roles", String.join(", ", roles.roles().stream()
                        .map(r -> r.name() + " (" + r.kind().name().toLowerCase(Locale.ROOT) + ")").toList())),
                new Parameter("Trusted principals", String.join(", ", roles.trustedPrincipals())),
                new Parameter("Investigator read-access policies", String.join(", ", roles.investigatorPolicies())),
                new Parameter("Exit code 1 from severity", properties.exit().failAtSeverity().label()));
    }
}
