package io.irready.checks.patterns;

import io.irready.evidence.Evidence;
import io.irready.services.events.EventRules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMatchesTest {

    private static final String GUARDDUTY = "{\"source\":[\"aws.guardduty\"]}";
    private static final String DEFAULT_BUS = "arn:aws:events:us-east-1:123456789012:event-bus/default";
    private static final String CENTRAL_BUS = "arn:aws:events:us-east-1:123456789012:event-bus/central";
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:oncall";
    private static final List<Map<String, Object>> FINDING = List.of(FindingEvents.guardDutyHigh("123456789012", "us-east-1"));

    private static Rule rule(String name, String state, String bus, String... targets) {
        return new Rule(name, state, GUARDDUTY, Evidence.collected(List.of(targets)), bus);
    }

    @Test
    void aCustomBusRuleSeesAwsEventsOnlyWhenADefaultBusRuleForwardsThem() {
        var unforwarded = RuleMatches.of(List.of(rule("page", "ENABLED", CENTRAL_BUS, TOPIC)), FINDING);
        assertThat(unforwarded.matching()).isEmpty();

        var forwarded = RuleMatches.of(List.of(rule("forward", "ENABLED", DEFAULT_BUS, CENTRAL_BUS), rule("page", "ENABLED", CENTRAL_BUS, TOPIC)),
                FINDING);
        // The forwarding itself is no delivery: only the rule on the bus it forwards to is.
        assertThat(forwarded.matching()).extracting(Rule::name).containsExactly("page");
    }

    @Test
    void aForwardingRuleWithAnotherTargetKeepsThatTargetOnly() {
        var matches = RuleMatches.of(List.of(rule("both", "ENABLED", null, CENTRAL_BUS, TOPIC), rule("quiet", "DISABLED", CENTRAL_BUS, TOPIC)),
                FINDING);
        assertThat(matches.matching()).extracting(Rule::name).containsExactly("both");
        assertThat(matches.matching().get(0).targetArns().data().orElseThrow()).containsExactly(TOPIC);
    }

    @Test
    void readOnlyCallsReachOnlyRulesEnabledForAllManagementEvents() {
        var readOnly = List.of(SampleEvent.apiCall("s3.amazonaws.com", "GetBucketPolicy").with("readOnly", true).event());
        String pattern = "{\"source\":[\"aws.s3\"]}";
        var plain = new Rule("plain", "ENABLED", pattern, Evidence.collected(List.of(TOPIC)));
        var all = new Rule("all", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS", pattern, Evidence.collected(List.of(TOPIC)));
        assertThat(RuleMatches.of(List.of(plain, all), readOnly).matching()).extracting(Rule::name).containsExactly("all");
        var change = List.of(SampleEvent.apiCall("s3.amazonaws.com", "PutBucketPolicy").event());
        assertThat(RuleMatches.of(List.of(plain, all), change).matching()).extracting(Rule::name).containsExactly("plain", "all");
    }
}
