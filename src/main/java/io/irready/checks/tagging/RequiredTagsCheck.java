package io.irready.checks.tagging;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.RegionEvidence;
import io.irready.evidence.tagging.TaggingEvidence;
import io.irready.evidence.tagging.TaggingEvidence.TaggedResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IR-TAG-02: every resource the Resource Groups Tagging API returns carries each required tag key
 * with a non-empty value. One finding per resource, so the pass share is the account's coverage.
 */
public final class RequiredTagsCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-TAG-02",
            "Resources carry the required tags",
            Severity.MEDIUM,
            Area.TAGGING,
            "During an incident responders must learn fast who owns a resource, what application it serves, "
                    + "which environment it is in and how sensitive its data is. Tags answer that without a ticket "
                    + "round-trip; an untagged resource costs the team time when time matters most.",
            "Add the missing tags (keys in irready.checks.tagging.required-keys):\n"
                    + "aws resourcegroupstaggingapi tag-resources --resource-arn-list <arn> --tags Owner=<team>,Environment=<env>\n"
                    + "Prevent recurrence with an AWS Organizations tag policy and the Config rule required-tags.",
            List.of("AWS SIR Guide: Preparation - Tagging strategy", "NIST SP 800-61r2: Preparation (critical assets)",
                    "CSF 2.0 ID.AM-01, ID.AM-02", "Well-Architected SEC10-BP06"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        List<String> requiredKeys = context.settings().tagging().requiredKeys();
        // One finding per resource: an ARN without a Region (S3) may be listed by more than one Region's API.
        Set<String> judged = new HashSet<>();
        for (RegionEvidence region : account.regions()) {
            String ref = EvidenceFile.TAGGING.ref(account.target().accountId(), region.region());
            Evidence<List<TaggedResource>> resources =
                    region.tagging().flatMap(TaggingEvidence::resources);
            if (resources.data().isEmpty()) {
                findings.unknown(region.region(), "resources in " + region.region(), "Tagged resources could not be listed: " + resources.gap(), ref);
                continue;
            }
            if (resources.data().get().isEmpty()) {
                findings.notApplicable(region.region(), "resources in " + region.region(), "The Tagging API returned no resources in the Region.", ref);
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
                    findings.pass(region.region(), resource.arn(), "Carries all required tags.", ref);
                } else {
                    List<String> parts = new ArrayList<>();
                    if (!missing.isEmpty()) {
                        parts.add("missing tag keys " + String.join(", ", missing));
                    }
                    if (!empty.isEmpty()) {
                        parts.add("empty values for " + String.join(", ", empty));
                    }
                    findings.fail(region.region(), resource.arn(), capitalize(String.join("; ", parts)) + ".", ref);
                }
            }
        }
        return findings.toList();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
