package io.irready.checks.patterns;

import io.irready.services.events.EventRules.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The enabled EventBridge rules that would fire on every one of some sample events, and the rules whose pattern could
 * not be judged (named with the reason), which are never counted as matching. AWS services send their events to the
 * default bus, so rules there match first; a rule on a custom bus matches only when a matching default-bus rule forwards
 * to that bus, and the forwarding target itself is not a delivery (the bus's own rules are).
 */
public record RuleMatches(List<Rule> matching, List<String> unjudged) {

    /** Read-only calls EventBridge delivers only to rules in state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS. */
    private static final Pattern READ_ONLY_CALL = Pattern.compile("^(Get|List|Describe).*");

    public static RuleMatches of(List<Rule> rules, List<Map<String, Object>> events) {
        List<String> unjudged = new ArrayList<>();
        List<Rule> onDefault = fired(rules.stream().filter(Rule::onDefaultBus).toList(), events, unjudged);
        Set<String> buses = rules.stream().map(Rule::eventBusArn).filter(arn -> arn != null && !arn.endsWith(":event-bus/default"))
                .collect(Collectors.toSet());
        List<Rule> matching = new ArrayList<>();
        Set<String> forwardedTo = new HashSet<>();
        for (Rule rule : onDefault) {
            var targets = rule.targetArns().map(arns -> arns.stream().filter(arn -> !buses.contains(arn)).toList());
            rule.targetArns().data().ifPresent(arns -> arns.stream().filter(buses::contains).forEach(forwardedTo::add));
            if (targets.data().map(list -> !list.isEmpty()).orElse(true)) {
                matching.add(new Rule(rule.name(), rule.state(), rule.eventPattern(), targets, rule.eventBusArn()));
            }
        }
        matching.addAll(fired(rules.stream().filter(r -> forwardedTo.contains(r.eventBusArn())).toList(), events, unjudged));
        return new RuleMatches(List.copyOf(matching), List.copyOf(unjudged));
    }

    private static List<Rule> fired(List<Rule> rules, List<Map<String, Object>> events, List<String> unjudged) {
        List<Rule> matching = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.eventPattern() == null || events.stream().anyMatch(event -> !receives(rule, event))) {
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
        return matching;
    }

    /**
     * Whether the rule's state lets it see the event: ENABLED rules do not receive read-only management events named
     * Get*, List* or Describe* (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail-management.html).
     */
    private static boolean receives(Rule rule, Map<String, Object> event) {
        if ("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS".equals(rule.state())) {
            return true;
        }
        if (!"ENABLED".equals(rule.state())) {
            return false;
        }
        return !(event.get("detail") instanceof Map<?, ?> detail && Boolean.TRUE.equals(detail.get("readOnly"))
                && detail.get("eventName") instanceof String name && READ_ONLY_CALL.matcher(name).matches());
    }
}
