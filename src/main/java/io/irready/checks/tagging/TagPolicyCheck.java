package io.irready.checks.tagging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Json;
import io.irready.services.organizations.OrganizationEvidence.TagPolicy;
import tools.jackson.core.JacksonException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * IR-TAG-01: the tag policies that apply to the account (attached to its root, OUs or itself) define every
 * required tag key. A policy using {@code @@remove}, or one that cannot be parsed, makes the effective policy
 * unknown to irready: UNKNOWN, never a pass.
 */
public final class TagPolicyCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        List<String> required = context.settings(TaggingSettings.class).requiredKeys();
        Verdict verdict = Verdict.given(ApplicableTagPolicies.of(account), "The tag policies", policies -> judge(policies, required));
        return findings(account).add(verdict, null, "tag policy", EvidenceBundle.ORGANIZATION).toList();
    }

    private static Verdict judge(List<TagPolicy> policies, List<String> required) {
        if (policies.isEmpty()) {
            return Verdict.fail("No tag policy applies to the account; required keys " + String.join(", ", required) + " are not enforced.");
        }
        Set<String> defined = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> unjudged = new ArrayList<>();
        for (TagPolicy policy : policies) {
            if (policy.content().data().isEmpty()) {
                unjudged.add(policy.name() + ": " + policy.content().gap());
                continue;
            }
            String content = policy.content().data().get();
            if (content.contains("@@remove")) {
                unjudged.add(policy.name() + " uses @@remove, whose effect irready does not compute");
                continue;
            }
            try {
                defined.addAll(keys(content));
            } catch (IllegalArgumentException e) {
                unjudged.add(policy.name() + ": " + e.getMessage());
            }
        }
        List<String> missing = required.stream().filter(key -> !defined.contains(key)).toList();
        String names = String.join(", ", policies.stream().map(TagPolicy::name).toList());
        if (!unjudged.isEmpty()) {
            return Verdict.unknown("The effective tag policy could not be judged: " + String.join("; ", unjudged)
                    + (missing.isEmpty() ? "" : "; the others lack " + String.join(", ", missing)) + ".");
        }
        return missing.isEmpty() ? Verdict.pass("Tag policies " + names + " define " + String.join(", ", required) + ".")
                : Verdict.fail("Tag policies " + names + " do not define " + String.join(", ", missing) + ".");
    }

    /** The tag keys a policy document defines: each entry under "tags", spelled as its tag_key assigns. */
    static Set<String> keys(String content) {
        Object parsed;
        try {
            parsed = Json.MAPPER.readValue(content, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the policy is not JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof Map<?, ?> document)) {
            throw new IllegalArgumentException("the policy is not a JSON object");
        }
        Object tags = document.get("tags");
        if (tags == null) {
            return Set.of();
        }
        if (!(tags instanceof Map<?, ?> entries)) {
            throw new IllegalArgumentException("'tags' is not an object");
        }
        Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (var entry : entries.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.startsWith("@@")) {
                continue;
            }
            if (entry.getValue() instanceof Map<?, ?> spec && spec.get("tag_key") instanceof Map<?, ?> tagKey
                    && tagKey.get("@@assign") instanceof String assigned) {
                keys.add(assigned);
            } else {
                keys.add(key.toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }
}
