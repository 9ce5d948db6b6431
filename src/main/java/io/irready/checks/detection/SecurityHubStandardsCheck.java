package io.irready.checks.detection;

import io.irready.checks.CheckContext;
import io.irready.checks.RegionCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.EvidenceType;
import io.irready.services.securityhub.SecurityHubEvidence;
import io.irready.services.securityhub.SecurityHubEvidence.Standard;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-DET-03: Security Hub is enabled in every Region in scope with every configured standard subscribed
 * and READY. A standard is named as in its ARN ({@code .../standards/<name>/v/...} or
 * {@code ruleset/<name>/v/...}); any other status (PENDING, INCOMPLETE, FAILED) does not count.
 */
public final class SecurityHubStandardsCheck extends RegionCheck<SecurityHubEvidence> {

    @Override
    protected EvidenceType<SecurityHubEvidence> evidence() {
        return SecurityHubEvidence.TYPE;
    }

    @Override
    protected String resource(String region) {
        return "Security Hub in " + region;
    }

    @Override
    protected Verdict judge(SecurityHubEvidence hub, String region, CheckContext context) {
        return Verdict.given(hub.enabled(), "Whether Security Hub is enabled", enabled -> {
            if (!Boolean.TRUE.equals(enabled)) {
                return Verdict.fail("Security Hub is not enabled in " + region + ".");
            }
            return Verdict.given(hub.standards(), "The enabled standards", standards -> {
                List<String> missing = new ArrayList<>();
                for (String required : context.settings(DetectionSettings.class).requiredStandards()) {
                    var subscribed = standards.stream().filter(s -> name(s).equals(required)).toList();
                    if (subscribed.isEmpty()) {
                        missing.add(required + " (not subscribed)");
                    } else if (subscribed.stream().noneMatch(s -> "READY".equals(s.status()))) {
                        missing.add(required + " (" + subscribed.get(0).status() + ")");
                    }
                }
                return missing.isEmpty()
                        ? Verdict.pass("Security Hub runs " + String.join(", ", context.settings(DetectionSettings.class).requiredStandards())
                        + " in " + region + ".")
                        : Verdict.fail("Security Hub in " + region + " lacks " + String.join(", ", missing) + ".");
            });
        });
    }

    /** The standard's name in its ARN; empty when the ARN has another shape. */
    static String name(Standard standard) {
        String arn = standard.arn() == null ? "" : standard.arn();
        for (String marker : List.of(":standards/", ":ruleset/")) {
            int at = arn.indexOf(marker);
            if (at >= 0) {
                String rest = arn.substring(at + marker.length());
                int slash = rest.indexOf('/');
                return slash < 0 ? rest : rest.substring(0, slash);
            }
        }
        return "";
    }
}
