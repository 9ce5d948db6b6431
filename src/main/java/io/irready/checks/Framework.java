package io.irready.checks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The frameworks whose requirements checks map to, by the names {@code irready checks --framework} takes. */
public enum Framework {
    NIST_800_61("nist-800-61", "NIST SP 800-61r2"),
    CSF_2_0("csf-2.0", "CSF 2.0"),
    CIS_5_0("cis-5.0", "CIS AWS Foundations v5.0"),
    FSBP("fsbp", "Security Hub"),
    WA_SEC10("wa-sec10", "Well-Architected");

    private final String key;
    private final String label;

    Framework(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Framework> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
