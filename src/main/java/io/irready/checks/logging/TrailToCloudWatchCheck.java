package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** IR-LOG-10: a trail that logs the account streams to CloudWatch Logs and delivered there recently (alarms need it). */
public final class TrailToCloudWatchCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        Duration maxAge = Duration.ofHours(context.settings(LoggingSettings.class).deliveryMaxAgeHours());
        CoveringTrails covering = CoveringTrails.of(account);
        List<String> problems = new ArrayList<>();
        List<String> gaps = new ArrayList<>(covering.gaps());
        if (!covering.unlisted().isEmpty()) {
            // Whatever the trails it sees do, a trail homed in a Region that could not be listed is unjudged.
            return findings.unknown(null, "account", "Not every trail could be listed, so whether the account's trails do what this check "
                    + "requires is not known; could not read " + String.join("; ", covering.gaps()) + ".", account.ref(CloudTrailEvidence.TYPE, null))
                    .toList();
        }
        for (CoveringTrails.CoveringTrail trail : covering.trails()) {
            String group = trail.trail().cloudWatchLogsLogGroupArn();
            if (group == null || group.isBlank()) {
                problems.add("the " + trail.describe() + " does not stream to CloudWatch Logs");
                continue;
            }
            var status = trail.trail().status();
            if (status.data().isEmpty()) {
                gaps.add(trail.describe() + ": " + status.gap());
                continue;
            }
            var last = status.data().get().latestCloudWatchLogsDeliveryTime();
            if (last != null && !last.isBefore(context.evaluatedAt().minus(maxAge))) {
                return findings.pass(null, trail.trail().arn(), "The " + trail.describe() + " streams to " + group + " (last delivery "
                        + last + ").", trail.ref()).toList();
            }
            String error = status.data().get().latestCloudWatchLogsDeliveryError();
            problems.add("the " + trail.describe() + " streams to " + group + " but delivered nothing in " + maxAge.toHours() + " hours"
                    + (error == null || error.isBlank() ? "" : " (" + error + ")"));
        }
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account", "No trail is confirmed to stream to CloudWatch Logs; could not read "
                    + String.join("; ", gaps) + (problems.isEmpty() ? "" : "; and " + String.join("; ", problems)), ref).toList();
        }
        return findings.fail(null, "account", problems.isEmpty() ? "The account has no trail (see IR-LOG-01)."
                : "No trail streams to CloudWatch Logs: " + String.join("; ", problems) + ".", ref).toList();
    }
}
