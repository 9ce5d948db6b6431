package io.irready.checks;

import io.irready.evidence.AccountEvidence;

/** A check whose metadata is the YAML file beside its class ({@code <ClassName>.yml}). */
public abstract class BaseCheck implements Check {

    private final CheckMetadata metadata = MetadataFile.load(getClass());

    @Override
    public final CheckMetadata metadata() {
        return metadata;
    }

    /** A findings builder for this check and account. */
    protected Findings findings(AccountEvidence account) {
        return Findings.of(metadata, account.target());
    }
}
