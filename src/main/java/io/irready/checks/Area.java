package io.irready.checks;

/** The readiness areas the report scores separately. */
public enum Area {
    CLOUDTRAIL("CloudTrail"),
    CONFIG("AWS Config recording"),
    TAGGING("Tagging"),
    LOG_RETENTION("Log retention"),
    RESPONDER_ROLES("Responder roles"),
    /** Not a readiness area: which accounts were audited at all. */
    SCOPE("Audit scope");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
