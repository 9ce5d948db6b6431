package io.irready.services.support;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The AWS Support plan, as the severity levels the account may open cases with show it: a Basic plan
 * answers SubscriptionRequiredException, kept as the fact "no levels" ({@code subscribed} false).
 */
public record SupportPlan(Evidence<Boolean> subscribed, List<String> severityLevels) {

    public static final EvidenceType<SupportPlan> TYPE = EvidenceType.perAccount("support.plan", SupportPlan.class,
            "support:DescribeSeverityLevels");

    public SupportPlan {
        severityLevels = severityLevels == null ? List.of() : List.copyOf(severityLevels);
    }
}
