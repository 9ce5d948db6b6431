package io.irready.checks;

import io.irready.evidence.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one check for one account, filling in what the metadata and target already
 * say. {@code region} is null for account-wide findings.
 */
public final class Findings {

    private final CheckMetadata check;
    private final Target target;
    private final List<Finding> findings = new ArrayList<>();

    private Findings(CheckMetadata check, Target target) {
        this.check = check;
        this.target = target;
    }

    public static Findings of(CheckMetadata check, Target target) {
        return new Findings(check, target);
    }

    public Findings add(Status status, String region, String resourceId, String message, String evidenceRef) {
        findings.add(new Finding(check.id(), check.title(), check.severity(), check.area(), target.accountId(), target.accountName(),
                region, resourceId, status, message, evidenceRef, check.references()));
        return this;
    }

    public Findings add(Verdict verdict, String region, String resourceId, String evidenceRef) {
        return add(verdict.status(), region, resourceId, verdict.message(), evidenceRef);
    }

    public Findings pass(String region, String resourceId, String message, String evidenceRef) {
        return add(Status.PASS, region, resourceId, message, evidenceRef);
    }

    public Findings fail(String region, String resourceId, String message, String evidenceRef) {
        return add(Status.FAIL, region, resourceId, message, evidenceRef);
    }

    public Findings unknown(String region, String resourceId, String message, String evidenceRef) {
        return add(Status.UNKNOWN, region, resourceId, message, evidenceRef);
    }

    public Findings notApplicable(String region, String resourceId, String message, String evidenceRef) {
        return add(Status.NOT_APPLICABLE, region, resourceId, message, evidenceRef);
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    public List<Finding> toList() {
        return List.copyOf(findings);
    }
}
