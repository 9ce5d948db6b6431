package io.irready.checks.tagging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IR-TAG-02: every resource the Resource Groups Tagging API returns carries each required tag key
 * with a non-empty value. One finding per resource, so the pass share is the account's coverage.
 */
public final class RequiredTagsCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }



    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        List<String> requiredKeys = context.settings(TaggingSettings.class).requiredKeys();
        // One finding per resource: an ARN without a Region (S3) may be listed by more than one Region's API.
        Set<String> judged = new HashSet<>();
        for (String region : account.regions()) {
            String ref = account.ref(TaggingEvidence.TYPE, region);
            Evidence<List<TaggedResource>> resources = account.get(TaggingEvidence.TYPE, region).flatMap(TaggingEvidence::resources);
            if (resources.data().isEmpty()) {
                findings.unknown(region, "resources in " + region, "Tagged resources could not be listed: " + resources.gap(), ref);
                continue;
            }
            if (resources.data().get().isEmpty()) {
                findings.notApplicable(region, "resources in " + region, "The Tagging API returned no resources in the Region.", ref);
            }
            for (TaggedResource resource : resources.data().get()) {
                if (!judged.add(resource.arn())) {
                    continue;
                }
                List<String> missing = new ArrayList<>();
                List<String> empty = new ArrayList<>();
                for (String key : requiredKeys) {
                    String value = resource.tags().get(key);
                    if (value == null) {
                        missing.add(key);
                    } else if (value.isBlank()) {
                        empty.add(key);
                    }
                }
                if (missing.isEmpty() && empty.isEmpty()) {
                    findings.pass(region, resource.arn(), "Carries all required tags.", ref);
                } else {
                    List<String> parts = new ArrayList<>();
                    if (!missing.isEmpty()) {
                        parts.add("missing tag keys " + String.join(", ", missing));
                    }
                    if (!empty.isEmpty()) {
                        parts.add("empty values for " + String.join(", ", empty));
                    }
                    findings.fail(region, resource.arn(), capitalize(String.join("; ", parts)) + ".", ref);
                }
            }
        }
        return findings.toList();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
