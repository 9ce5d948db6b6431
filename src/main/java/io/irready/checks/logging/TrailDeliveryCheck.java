package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.Trail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** IR-LOG-02: every trail that logs the account delivers: no delivery error, a recent delivery, and recent digests when validated. */
public final class TrailDeliveryCheck extends TrailCheck {

    @Override
    protected Verdict judge(CoveringTrails.CoveringTrail covering, AccountEvidence account, CheckContext context) {
        Trail trail = covering.trail();
        Duration maxAge = Duration.ofHours(context.settings(LoggingSettings.class).deliveryMaxAgeHours());
        return Verdict.given(trail.status(), "The status of " + covering.describe(), status -> {
            List<String> problems = new ArrayList<>();
            if (status.latestDeliveryError() != null && !status.latestDeliveryError().isBlank()) {
                problems.add("the last delivery to S3 failed: " + status.latestDeliveryError());
            }
            if (stale(status.latestDeliveryTime(), context.evaluatedAt(), maxAge)) {
                problems.add("no log file was delivered in the last " + maxAge.toHours() + " hours (last: " + status.latestDeliveryTime() + ")");
            }
            if (trail.logFileValidation()) {
                if (status.latestDigestDeliveryError() != null && !status.latestDigestDeliveryError().isBlank()) {
                    problems.add("the last digest delivery failed: " + status.latestDigestDeliveryError());
                } else if (stale(status.latestDigestDeliveryTime(), context.evaluatedAt(), maxAge)) {
                    problems.add("no digest file was delivered in the last " + maxAge.toHours() + " hours");
                }
            }
            return problems.isEmpty()
                    ? Verdict.pass("The " + covering.describe() + " delivered log files at " + status.latestDeliveryTime() + ".")
                    : Verdict.fail("The " + covering.describe() + " is not delivering: " + String.join("; ", problems) + ".");
        });
    }

    private static boolean stale(Instant last, Instant now, Duration maxAge) {
        return last == null || last.isBefore(now.minus(maxAge));
    }
}
