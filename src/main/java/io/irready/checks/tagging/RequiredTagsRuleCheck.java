package io.irready.checks.tagging;

import io.irready.checks.CheckContext;
import io.irready.checks.RegionCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.Json;
import io.irready.services.config.ConfigRules;
import io.irready.services.config.ConfigRules.Rule;
import tools.jackson.core.JacksonException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * IR-TAG-04: in every Region an active AWS Config REQUIRED_TAGS rule checks every required tag key, and
 * reports COMPLIANT. Keys are read from the rule's parameters {@code tag1Key} to {@code tag6Key}; a rule
 * whose parameters cannot be read is not credited.
 */
public final class RequiredTagsRuleCheck extends RegionCheck<ConfigRules> {

    @Override
    protected EvidenceType<ConfigRules> evidence() {
        return ConfigRules.TYPE;
    }

    @Override
    protected String resource(String region) {
        return "REQUIRED_TAGS rule in " + region;
    }

    @Override
    protected Verdict judge(ConfigRules config, String region, CheckContext context) {
        List<String> required = context.settings(TaggingSettings.class).requiredKeys();
        return Verdict.given(config.rules(), "The Config rules", rules -> {
            List<Rule> tagRules = rules.stream().filter(r -> "REQUIRED_TAGS".equals(r.sourceIdentifier()) && "ACTIVE".equals(r.state())).toList();
            if (tagRules.isEmpty()) {
                return Verdict.fail("No active REQUIRED_TAGS Config rule in " + region + ".");
            }
            Set<String> keys = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (Rule rule : tagRules) {
                try {
                    keys.addAll(keys(rule.inputParameters()));
                } catch (IllegalArgumentException e) {
                    gaps.add("rule " + rule.name() + ": " + e.getMessage());
                    continue;
                }
                if (rule.compliance().data().isEmpty() && !rule.compliance().isCollected()) {
                    gaps.add("the compliance of " + rule.name() + ": " + rule.compliance().gap());
                } else if (!"COMPLIANT".equals(rule.compliance().data().orElse(null))) {
                    String state = rule.compliance().data().orElse("not evaluated yet");
                    (state.equals("NON_COMPLIANT") ? problems : gaps).add("rule " + rule.name() + " is " + state);
                }
            }
            List<String> missing = required.stream().filter(key -> !keys.contains(key)).toList();
            if (!missing.isEmpty()) {
                problems.add("no rule checks " + String.join(", ", missing));
            }
            if (!problems.isEmpty()) {
                return Verdict.fail("REQUIRED_TAGS in " + region + ": " + String.join("; ", problems) + ".");
            }
            if (!gaps.isEmpty()) {
                return Verdict.unknown("REQUIRED_TAGS in " + region + " could not be confirmed: " + String.join("; ", gaps) + ".");
            }
            return Verdict.pass("REQUIRED_TAGS checks " + String.join(", ", required) + " in " + region + " and reports COMPLIANT.");
        });
    }

    /** The keys of tag1Key..tag6Key in a rule's input parameters. */
    static Set<String> keys(String inputParameters) {
        if (inputParameters == null || inputParameters.isBlank()) {
            throw new IllegalArgumentException("it has no input parameters");
        }
        Map<?, ?> parameters;
        try {
            parameters = Json.MAPPER.readValue(inputParameters, Map.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("its input parameters are not JSON: " + e.getOriginalMessage());
        }
        Set<String> keys = new TreeSet<>();
        for (int i = 1; i <= 6; i++) {
            if (parameters.get("tag" + i + "Key") instanceof String key && !key.isBlank()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
