package io.irready.checks;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** The readiness areas the report scores separately, as the AWS guide's preparation groups them. */
public enum Area {
    LOGGING("Logging & evidence"),
    DETECTION("Detection"),
    ACCESS("Access for responders"),
    CONTACTS("Contacts & process"),
    TAGGING("Tagging"),
    RECOVERY("Recovery & forensic readiness"),
    /** Not a readiness area: which accounts were audited at all. */
    SCOPE("Audit scope");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @JsonCreator
    public static Area of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
