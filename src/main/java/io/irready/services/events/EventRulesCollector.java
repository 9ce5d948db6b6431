package io.irready.services.events;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.events.EventRules.Rule;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;

import java.util.ArrayList;
import java.util.List;

/** EventBridge rules of one Region and the ARNs of their targets. */
public final class EventRulesCollector implements Collector<EventRules> {

    @Override
    public EvidenceType<EventRules> type() {
        return EventRules.TYPE;
    }

    @Override
    public EventRules collect(AwsClients aws, CollectionContext context, String region) {
        EventBridgeClient events = aws.client(EventBridgeClient::builder, region);
        return new EventRules(AwsCalls.call("events:ListRules", () -> rules(events)).map(rules -> rules.stream()
                .map(rule -> new Rule(rule.name(), rule.stateAsString(), rule.eventPattern(),
                        AwsCalls.call("events:ListTargetsByRule", () -> targets(events, rule.name()))))
                .toList()));
    }

    /** EventBridge has no SDK paginators: follow NextToken by hand. */
    private static List<software.amazon.awssdk.services.eventbridge.model.Rule> rules(EventBridgeClient events) {
        List<software.amazon.awssdk.services.eventbridge.model.Rule> rules = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            var page = events.listRules(r -> r.nextToken(next));
            rules.addAll(page.rules());
            token = page.nextToken();
        } while (token != null);
        return rules;
    }

    private static List<String> targets(EventBridgeClient events, String rule) {
        List<String> arns = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            var page = events.listTargetsByRule(r -> r.rule(rule).nextToken(next));
            page.targets().stream().map(Target::arn).forEach(arns::add);
            token = page.nextToken();
        } while (token != null);
        return arns;
    }
}
