package io.irready.checks.patterns;

import io.irready.services.events.EventRules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The enabled EventBridge rules that would fire on every one of some sample events, and the rules whose
 * pattern could not be judged (named with the reason), which are never counted as matching.
 */
public record RuleMatches(List<Rule> matching, List<String> unjudged) {

    public static RuleMatches of(List<Rule> rules, List<Map<String, Object>> events) {
        List<Rule> matching = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (Rule rule : rules) {
            if (!"ENABLED".equals(rule.state()) || rule.eventPattern() == null) {
                continue;
            }
            try {
                EventPattern pattern = EventPattern.parse(rule.eventPattern());
                if (events.stream().allMatch(pattern::matches)) {
                    matching.add(rule);
                }
            } catch (UnsupportedPatternException e) {
                unjudged.add("rule '" + rule.name() + "' (" + e.getMessage() + ")");
            }
        }
        return new RuleMatches(List.copyOf(matching), List.copyOf(unjudged));
    }
}
