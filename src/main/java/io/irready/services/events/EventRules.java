package io.irready.services.events;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The EventBridge rules of every event bus in one Region, with their event patterns and targets. AWS services send their
 * events to the default bus only; a custom bus sees them when a default-bus rule forwards them there.
 */
public record EventRules(Evidence<List<Rule>> rules) {

    public static final EvidenceType<EventRules> TYPE = EvidenceType.perRegion("events.rules", EventRules.class,
            "events:ListEventBuses", "events:ListRules", "events:ListTargetsByRule");

    /**
     * {@code state} ENABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS or DISABLED; {@code eventPattern} the rule's JSON
     * pattern (null for scheduled rules); {@code eventBusArn} the bus the rule is on (null: the default bus).
     */
    public record Rule(String name, String state, String eventPattern, Evidence<List<String>> targetArns, String eventBusArn) {
        public Rule(String name, String state, String eventPattern, Evidence<List<String>> targetArns) {
            this(name, state, eventPattern, targetArns, null);
        }

        public boolean onDefaultBus() {
            return eventBusArn == null || eventBusArn.endsWith(":event-bus/default");
        }
    }
}
