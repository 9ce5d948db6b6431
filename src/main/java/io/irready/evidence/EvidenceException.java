package io.irready.evidence;

/** An evidence bundle that cannot be used as given: missing, incomplete, or changed since it was sealed. */
public class EvidenceException extends RuntimeException {
    public EvidenceException(String message) {
        super(message);
    }
}
