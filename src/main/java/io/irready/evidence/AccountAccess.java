package io.irready.evidence;

/**
 * How an account was read: with the caller's credentials ({@code roleArn} null) or through the audit
 * role. Stored as the account's {@code access.json}; when the role could not be assumed the file holds
 * that gap instead, and every piece of the account's evidence reports it.
 */
public record AccountAccess(String roleArn, String sessionName) {
}
