package io.irready.services.events;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.aws.TokenPages;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.events.EventRules.Rule;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** EventBridge rules of every event bus of one Region and the ARNs of their targets. */
public final class EventRulesCollector implements Collector<EventRules> {

    @Override
    public EvidenceType<EventRules> type() {
        return EventRules.TYPE;
    }

    @Override
    public EventRules collect(AwsClients aws, CollectionContext context, String region) {
        EventBridgeClient events = aws.client(EventBridgeClient::builder, region);
        return new EventRules(AwsCalls.call("events:ListEventBuses", () -> TokenPages.all(token -> events.listEventBuses(r -> r.nextToken(token)),
                        page -> page.eventBuses(), page -> page.nextToken()))
                .flatMap(buses -> AwsCalls.call("events:ListRules", () -> buses.stream().flatMap(bus -> TokenPages.all(
                                token -> events.listRules(r -> r.eventBusName(bus.name()).nextToken(token)), page -> page.rules(), page -> page.nextToken())
                        .stream().map(rule -> new Rule(rule.name(), rule.stateAsString(), rule.eventPattern(),
                                AwsCalls.call("events:ListTargetsByRule", () -> TokenPages.all(
                                        token -> events.listTargetsByRule(r -> r.rule(rule.name()).eventBusName(bus.name()).nextToken(token)),
                                        page -> page.targets().stream().map(Target::arn).toList(), page -> page.nextToken())),
                                bus.arn())))
                        .toList())));
    }
}
