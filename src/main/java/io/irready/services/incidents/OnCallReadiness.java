package io.irready.services.incidents;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * Systems Manager Incident Manager in one Region: on-call contacts with their activated channels, and
 * response plans with their engagements.
 */
public record OnCallReadiness(Evidence<List<Contact>> contacts, Evidence<List<ResponsePlan>> responsePlans) {

    public static final EvidenceType<OnCallReadiness> TYPE = EvidenceType.perRegion("ssm-incidents.on-call", OnCallReadiness.class,
            "ssm-contacts:ListContacts", "ssm-contacts:ListContactChannels", "ssm-incidents:ListResponsePlans", "ssm-incidents:GetResponsePlan");

    /** {@code type} PERSONAL, ESCALATION or ONCALL_SCHEDULE; {@code activatedChannels} for a person. */
    public record Contact(String arn, String type, Evidence<Integer> activatedChannels) {
    }

    public record ResponsePlan(String arn, Evidence<Integer> engagements) {
    }
}
