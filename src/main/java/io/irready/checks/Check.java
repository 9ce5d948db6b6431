package io.irready.checks;

import io.irready.evidence.AccountEvidence;

import java.util.List;

/**
 * One readiness check. Pure: it reads collected evidence and settings, never AWS or files, so a bundle
 * can be re-evaluated anywhere. Evidence that could not be read yields UNKNOWN, never PASS. Checks are
 * discovered under {@code io.irready.checks}; each needs a public no-argument constructor and its
 * metadata in a YAML file of the same name beside it.
 */
public interface Check {

    CheckMetadata metadata();

    List<Finding> evaluate(AccountEvidence account, CheckContext context);

    /**
     * Whether the check judges each audited Region on its own (one or more findings per Region). In a requested Region
     * that is not audited (not enabled, denied by a service control policy) such a check gets one SKIPPED finding with the reason.
     */
    default boolean regional() {
        return false;
    }
}
