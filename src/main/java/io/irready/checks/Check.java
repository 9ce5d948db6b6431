package io.irready.checks;

import io.irready.evidence.AccountEvidence;

import java.util.List;

/**
 * One readiness check. Pure: it reads collected evidence and settings, never AWS or files, so a
 * bundle can be re-evaluated anywhere. Evidence that could not be read yields UNKNOWN, never PASS.
 */
public interface Check {

    CheckMetadata metadata();

    List<Finding> evaluate(AccountEvidence account, CheckContext context);
}
