package io.irready.attestations;

import java.util.Arrays;
import java.util.Optional;

/**
 * What no AWS API shows but incident-response readiness needs (NIST SP 800-61, AWS SIR Guide), recorded
 * as attestations in {@code config/attestations.yml} by the item's key.
 */
public enum AttestedItem {
    IR_PLAN("ir-plan", "Incident response plan with roles and responsibilities (RACI)"),
    TRAINING("training", "Incident response training of responders"),
    EXERCISES("exercises", "Incident response exercise (tabletop or simulation)"),
    OUT_OF_BAND_COMMUNICATION("out-of-band-communication", "Out-of-band communication plan and channel"),
    LESSONS_LEARNED("lessons-learned", "Lessons-learned review after incidents and exercises"),
    SIEM("siem", "Logs are queryable in a SIEM outside AWS"),
    ON_CALL("on-call", "On-call rota and paging in a tool outside AWS");

    private final String key;
    private final String description;

    AttestedItem(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static Optional<AttestedItem> byKey(String key) {
        return Arrays.stream(values()).filter(item -> item.key.equals(key)).findFirst();
    }
}
