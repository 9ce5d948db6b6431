package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailSelectors.AdvancedEventSelector;
import io.irready.services.cloudtrail.TrailSelectors.FieldSelector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IR-LOG-11: a logging trail that logs the account records S3 object-level write events for every bucket.
 * A basic selector must name all objects ({@code arn:<partition>:s3} or {@code arn:<partition>:s3:::});
 * an advanced selector may select only by event category, resource type and read-only flag: any other field
 * (an ARN prefix, an event name) narrows it and does not count.
 */
public final class S3DataEventsCheck extends BaseCheck {

    private static final Set<String> WHOLE_FIELDS = Set.of("eventCategory", "resources.type", "readOnly");

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
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
            var status = trail.trail().status();
            var selectors = trail.trail().selectors();
            if (status.data().isEmpty() || selectors.data().isEmpty()) {
                gaps.add(trail.describe() + ": " + (status.data().isEmpty() ? status.gap() : selectors.gap()));
                continue;
            }
            if (!status.data().get().logging()) {
                problems.add("the " + trail.describe() + " is not logging");
            } else if (recordsAllObjectWrites(selectors.data().get())) {
                return findings.pass(null, trail.trail().arn(), "The " + trail.describe() + " records object-level write events of every "
                        + "S3 bucket.", trail.ref()).toList();
            } else {
                problems.add("the " + trail.describe() + " does not record write data events of all S3 objects");
            }
        }
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "account", "No trail is confirmed to record S3 data events; could not read " + String.join("; ", gaps)
                    + (problems.isEmpty() ? "" : "; and " + String.join("; ", problems)), ref).toList();
        }
        return findings.fail(null, "account", problems.isEmpty() ? "The account has no trail (see IR-LOG-01)."
                : "S3 object-level activity is not recorded: " + String.join("; ", problems) + ".", ref).toList();
    }

    static boolean recordsAllObjectWrites(TrailSelectors selectors) {
        boolean basic = selectors.basic().stream().anyMatch(s -> ("All".equals(s.readWriteType()) || "WriteOnly".equals(s.readWriteType())
                || s.readWriteType() == null) && s.dataResources().stream().anyMatch(d -> "AWS::S3::Object".equals(d.type())
                && d.values().stream().anyMatch(v -> v.matches("arn:aws[a-z-]*:s3(:::)?"))));
        return basic || selectors.advanced().stream().anyMatch(S3DataEventsCheck::allObjectWrites);
    }

    private static boolean allObjectWrites(AdvancedEventSelector selector) {
        FieldSelector category = field(selector, "eventCategory");
        FieldSelector type = field(selector, "resources.type");
        if (category == null || type == null || !category.equalTo().equals(List.of("Data")) || !type.equalTo().equals(List.of("AWS::S3::Object"))) {
            return false;
        }
        for (FieldSelector f : selector.fieldSelectors()) {
            if (!WHOLE_FIELDS.contains(f.field()) || !f.notEquals().isEmpty() || !f.startsWith().isEmpty() || !f.notStartsWith().isEmpty()
                    || !f.endsWith().isEmpty() || !f.notEndsWith().isEmpty()) {
                return false;
            }
        }
        FieldSelector readOnly = field(selector, "readOnly");
        return readOnly == null || readOnly.equalTo().equals(List.of("false"));
    }

    private static FieldSelector field(AdvancedEventSelector selector, String name) {
        List<FieldSelector> matching = selector.fieldSelectors().stream().filter(f -> f.field().equals(name)).toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }
}
