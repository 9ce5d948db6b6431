package io.irready.services.events;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The EventBridge rules of the default event bus in one Region, with their event patterns and targets. */
public record EventRules(Evidence<List<Rule>> rules) {

    public static final EvidenceType<EventRules> TYPE = EvidenceType.perRegion("events.rules", EventRules.class,
            "events:ListRules", "events:ListTargetsByRule");

    /** {@code state} ENABLED or DISABLED; {@code eventPattern} the rule's JSON pattern (null for scheduled rules). */
    public record Rule(String name, String state, String eventPattern, Evidence<List<String>> targetArns) {
    }
}
