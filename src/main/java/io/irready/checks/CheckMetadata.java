package io.irready.checks;

import java.util.List;

/**
 * What a check is, beside its code. {@code references} name the sources it implements
 * (AWS Security Incident Response Guide section, NIST SP 800-61 phase, CSF 2.0, CIS AWS
 * Foundations, Security Hub control, Well-Architected best practice), so reports can be filtered
 * by framework.
 */
public record CheckMetadata(String id,
                            String title,
                            Severity severity,
                            Area area,
                            String rationale,
                            String remediation,
                            List<String> references) {
    public CheckMetadata {
        references = List.copyOf(references);
    }
}
