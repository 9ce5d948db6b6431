package io.irready.evidence;

/** An account of the organization that is not audited, and why (its state: SUSPENDED, PENDING_CLOSURE, ...). */
public record SkippedAccount(String accountId, String accountName, String ouPath, String state, String reason) {
}
