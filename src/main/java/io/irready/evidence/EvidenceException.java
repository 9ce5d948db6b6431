package io.irready.evidence;

import io.irready.InputException;

/** An evidence bundle that cannot be used as given: missing, incomplete, or changed since it was sealed. */
public class EvidenceException extends InputException {
    public EvidenceException(String message) {
        super(message);
    }
}
